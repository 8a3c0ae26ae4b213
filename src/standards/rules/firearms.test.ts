import { ruleTable } from '../test-factories.js';

ruleTable('BPUFF-9', [
  {
    name: 'firearm against a threat of injury only → violation',
    act: { weapons: ['firearm'], threat_level: 'imminent_injury' },
    expect: 'violation',
  },
  {
    name: 'firearm to protect property → violation',
    act: { weapons: ['firearm'], threat_level: 'property_only' },
    expect: 'violation',
  },
  {
    name: 'firearm against an imminent lethal threat → consistent',
    act: { weapons: ['firearm'], threat_level: 'imminent_death_or_serious_injury' },
    expect: 'consistent',
  },
  {
    name: 'threat unknown → insufficient',
    act: { weapons: ['firearm'] },
    expect: 'insufficient_facts',
    missing: ['threat_level'],
  },
  { name: 'no firearm → does not apply', act: { weapons: ['baton'] }, expect: 'not_applicable' },
]);

ruleTable('BPUFF-14', [
  {
    name: 'firearm to disperse → violation',
    act: { weapons: ['firearm'], purpose: 'dispersal' },
    expect: 'violation',
  },
  {
    name: 'firearm at a crowd → violation',
    act: { weapons: ['firearm'], target: 'crowd' },
    expect: 'violation',
  },
  {
    name: 'indiscriminate fire at a group → violation',
    act: { weapons: ['firearm'], target: 'small_group', fire_mode: 'indiscriminate' },
    expect: 'violation',
  },
  {
    name: 'aimed fire at one person in self-defence → consistent',
    act: { weapons: ['firearm'], target: 'individual', fire_mode: 'direct', purpose: 'self_defence' },
    expect: 'consistent',
  },
  {
    name: 'nothing known → insufficient',
    act: { weapons: ['firearm'] },
    expect: 'insufficient_facts',
    missing: ['purpose', 'target', 'fire_mode'],
  },
  {
    name: 'firearm by a non-State armed group → does not apply',
    act: { actor_type: 'non_state_armed', weapons: ['firearm'] },
    expect: 'not_applicable',
  },
]);
