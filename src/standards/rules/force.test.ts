import { ruleTable } from '../test-factories.js';

ruleTable('BPUFF-4', [
  {
    name: 'baton on peaceful people to disperse them → violation',
    act: { weapons: ['baton'], target_conduct: 'peaceful', purpose: 'dispersal' },
    expect: 'violation',
  },
  {
    name: 'force on a peaceful person for an unrecorded reason → possible, purpose missing',
    act: { weapons: ['physical_force'], target_conduct: 'peaceful' },
    expect: 'possible_violation',
    missing: ['purpose'],
  },
  {
    name: 'threatening person, no less harmful means tried → possible',
    act: { weapons: ['baton'], target_conduct: 'threat_of_injury', less_harmful_means: 'not_attempted' },
    expect: 'possible_violation',
  },
  {
    name: 'threatening person after less harmful means failed → consistent',
    act: { weapons: ['baton'], target_conduct: 'threat_of_injury', less_harmful_means: 'attempted_failed' },
    expect: 'consistent',
    missing: [],
  },
  {
    name: 'force during an arrest of a peaceful person is left to the other rules',
    act: {
      weapons: ['physical_force'],
      target_conduct: 'peaceful',
      purpose: 'arrest',
      less_harmful_means: 'attempted_failed',
    },
    expect: 'consistent',
  },
  {
    name: 'only the weapon known → insufficient',
    act: { weapons: ['baton'] },
    expect: 'insufficient_facts',
    missing: ['target_conduct', 'less_harmful_means'],
  },
  {
    name: 'actor unknown: a breach is only possible and the actor is missing',
    act: { actor_type: 'unknown', weapons: ['baton'], target_conduct: 'peaceful', purpose: 'dispersal' },
    expect: 'possible_violation',
    missing: ['actor_type'],
  },
  { name: 'no force used → does not apply', act: { purpose: 'arrest' }, expect: 'not_applicable' },
  {
    name: 'private security → does not apply',
    act: { actor_type: 'private_security', weapons: ['baton'], target_conduct: 'peaceful' },
    expect: 'not_applicable',
  },
]);

ruleTable('BPUFF-5', [
  {
    name: 'force after control → violation',
    act: { weapons: ['physical_force'], force_after_control: true },
    expect: 'violation',
  },
  {
    name: 'serious injury when the person threatened nobody → violation',
    act: { weapons: ['baton'], harm: 'serious_injury', threat_level: 'none', force_after_control: false },
    expect: 'violation',
  },
  {
    name: 'minor harm, force stopped at control → consistent',
    act: { weapons: ['physical_force'], harm: 'minor', force_after_control: false },
    expect: 'consistent',
  },
  {
    name: 'serious harm against an imminent lethal threat → consistent',
    act: {
      weapons: ['baton'],
      harm: 'serious_injury',
      threat_level: 'imminent_death_or_serious_injury',
      force_after_control: false,
    },
    expect: 'consistent',
  },
  {
    name: 'nothing known → insufficient',
    act: { weapons: ['baton'] },
    expect: 'insufficient_facts',
    missing: ['force_after_control', 'harm'],
  },
  {
    name: 'a death with the threat unknown → insufficient, threat missing',
    act: { weapons: ['baton'], harm: 'death', force_after_control: false },
    expect: 'insufficient_facts',
    missing: ['threat_level'],
  },
]);

ruleTable('BPUFF-5c', [
  {
    name: 'aid denied → violation',
    act: { weapons: ['baton'], harm: 'serious_injury', medical_aid: 'denied' },
    expect: 'violation',
  },
  {
    name: 'aid obstructed → violation',
    act: { weapons: ['baton'], harm: 'minor', medical_aid: 'obstructed' },
    expect: 'violation',
  },
  {
    name: 'aid delayed → possible',
    act: { weapons: ['baton'], harm: 'treated_injury', medical_aid: 'delayed' },
    expect: 'possible_violation',
  },
  {
    name: 'aid prompt → consistent',
    act: { weapons: ['baton'], harm: 'treated_injury', medical_aid: 'prompt' },
    expect: 'consistent',
  },
  {
    name: 'aid unknown → insufficient',
    act: { weapons: ['baton'], harm: 'serious_injury' },
    expect: 'insufficient_facts',
    missing: ['medical_aid'],
  },
  {
    name: 'nobody harmed → does not apply',
    act: { weapons: ['baton'], harm: 'none' },
    expect: 'not_applicable',
  },
]);

ruleTable('CCLEO-5', [
  {
    name: 'force on a restrained person → violation',
    act: { weapons: ['baton'], target_conduct: 'restrained' },
    expect: 'violation',
  },
  {
    name: 'force on a detainee posing no threat → violation',
    act: { weapons: ['physical_force'], in_custody: true, threat_level: 'none' },
    expect: 'violation',
  },
  {
    name: 'force on a detainee posing an imminent threat → consistent',
    act: { weapons: ['physical_force'], in_custody: true, threat_level: 'imminent_injury' },
    expect: 'consistent',
  },
  {
    name: 'detainee, threat unknown → insufficient',
    act: { weapons: ['physical_force'], in_custody: true },
    expect: 'insufficient_facts',
    missing: ['threat_level'],
  },
  {
    name: 'not in custody → does not apply',
    act: { weapons: ['baton'], in_custody: false },
    expect: 'not_applicable',
  },
]);

ruleTable('GC37-89', [
  {
    name: 'no identification → possible',
    act: { officer_id_displayed: false },
    expect: 'possible_violation',
  },
  { name: 'identification shown → consistent', act: { officer_id_displayed: true }, expect: 'consistent' },
  {
    name: 'plain-clothes officers, identification unknown → insufficient',
    act: { actor_type: 'plain_clothes' },
    expect: 'insufficient_facts',
    missing: ['officer_id_displayed'],
  },
  {
    name: 'counter-demonstrators → does not apply',
    act: { actor_type: 'counter_demonstrator' },
    expect: 'not_applicable',
  },
]);
