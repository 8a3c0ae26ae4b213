import type { ActFactsInput, IncidentFactsInput } from '../facts.js';
import { ruleTable } from '../test-factories.js';

const ESTABLISHED_ISOLATED: IncidentFactsInput = {
  assembly: true,
  participant_violence: 'isolated',
  violent_parties: ['participants'],
};
const WIDESPREAD: IncidentFactsInput = {
  assembly: true,
  participant_violence: 'widespread',
  violent_parties: ['participants'],
};
const MOSTLY_PEACEFUL: IncidentFactsInput = { assembly: true, reported_character: 'mostly_peaceful' };

ruleTable('LLW-7.1', [
  {
    name: 'baton to the head → violation',
    act: { weapons: ['baton'], impact_site: 'head', target_conduct: 'threat_of_injury' },
    expect: 'violation',
  },
  {
    name: 'baton on a peaceful person → violation',
    act: { weapons: ['baton'], target_conduct: 'peaceful' },
    expect: 'violation',
  },
  {
    name: 'baton on a restrained person → violation',
    act: { weapons: ['baton'], target_conduct: 'restrained' },
    expect: 'violation',
  },
  {
    name: 'baton on a person damaging property → possible',
    act: { weapons: ['baton'], target_conduct: 'property_damage', impact_site: 'legs' },
    expect: 'possible_violation',
  },
  {
    name: 'baton on the legs of a threatening person → consistent',
    act: { weapons: ['baton'], target_conduct: 'threat_of_injury', impact_site: 'legs' },
    expect: 'consistent',
  },
  {
    name: 'nothing known → insufficient',
    act: { weapons: ['baton'] },
    expect: 'insufficient_facts',
    missing: ['target_conduct', 'impact_site'],
  },
  { name: 'no baton → does not apply', act: { weapons: ['tear_gas'] }, expect: 'not_applicable' },
]);

ruleTable('LLW-7.3', [
  {
    name: 'canister fired directly at people → violation',
    act: { weapons: ['tear_gas'], fire_mode: 'direct' },
    expect: 'violation',
  },
  {
    name: 'tear gas in a confined space → violation',
    act: { weapons: ['tear_gas'], confined_space: true },
    expect: 'violation',
  },
  {
    name: 'tear gas where violence was established as isolated → violation',
    act: { weapons: ['tear_gas'], purpose: 'dispersal' },
    incident: ESTABLISHED_ISOLATED,
    expect: 'violation',
  },
  {
    name: 'tear gas on a mostly peaceful assembly → possible, participant violence missing',
    act: { weapons: ['tear_gas'], purpose: 'dispersal' },
    incident: MOSTLY_PEACEFUL,
    expect: 'possible_violation',
    missing: ['participant_violence'],
  },
  {
    name: 'sources call it violent but nothing is established → insufficient',
    act: { weapons: ['tear_gas'], purpose: 'dispersal' },
    incident: { assembly: true, reported_character: 'violent' },
    expect: 'insufficient_facts',
    missing: ['participant_violence', 'violent_parties'],
  },
  {
    name: 'high-angle fire in the open against widespread violence → consistent',
    act: { weapons: ['tear_gas'], fire_mode: 'high_angle', confined_space: false },
    incident: WIDESPREAD,
    expect: 'consistent',
  },
  {
    name: 'widespread violence, firing and place unknown → insufficient',
    act: { weapons: ['tear_gas'] },
    incident: WIDESPREAD,
    expect: 'insufficient_facts',
    missing: ['fire_mode', 'confined_space'],
  },
]);

const LAWFUL_KIP: ActFactsInput = {
  weapons: ['kinetic_impact_projectile'],
  purpose: 'defence_of_others',
  target: 'individual',
  fire_mode: 'direct',
  target_conduct: 'threat_of_injury',
  impact_site: 'legs',
  threat_level: 'imminent_injury',
};

ruleTable('LLW-7.5', [
  { name: 'metal pellets → violation', act: { ...LAWFUL_KIP, weapons: ['pellets'] }, expect: 'violation' },
  {
    name: 'rubber bullets to disperse → violation',
    act: { ...LAWFUL_KIP, purpose: 'dispersal' },
    expect: 'violation',
  },
  { name: 'fired into a crowd → violation', act: { ...LAWFUL_KIP, target: 'crowd' }, expect: 'violation' },
  {
    name: 'aimed at the face → violation',
    act: { ...LAWFUL_KIP, impact_site: 'face_eyes' },
    expect: 'violation',
  },
  {
    name: 'fired directly at a peaceful journalist → violation',
    act: {
      weapons: ['kinetic_impact_projectile'],
      target: 'individual',
      fire_mode: 'direct',
      target_conduct: 'peaceful',
      victim_roles: ['journalist'],
    },
    expect: 'violation',
  },
  {
    name: 'fired when there was no threat of injury → violation',
    act: { ...LAWFUL_KIP, target_conduct: 'unknown', threat_level: 'property_only' },
    expect: 'violation',
  },
  {
    name: 'fired at a person damaging property → possible',
    act: { ...LAWFUL_KIP, target_conduct: 'property_damage', threat_level: 'unknown' },
    expect: 'possible_violation',
  },
  {
    name: 'aimed at the chest → possible',
    act: { ...LAWFUL_KIP, impact_site: 'chest' },
    expect: 'possible_violation',
  },
  {
    name: 'skipped off the ground → possible',
    act: { ...LAWFUL_KIP, fire_mode: 'skip' },
    expect: 'possible_violation',
  },
  {
    name: 'direct fire at the legs of a violent individual → consistent',
    act: LAWFUL_KIP,
    expect: 'consistent',
    missing: [],
  },
  {
    name: 'only the weapon known → insufficient',
    act: { weapons: ['rubber_coated_metal_bullet'] },
    expect: 'insufficient_facts',
    missing: ['purpose', 'target', 'fire_mode', 'target_conduct', 'impact_site', 'threat_level'],
  },
]);

ruleTable('LLW-7.7', [
  {
    name: 'aimed at the head → violation',
    act: { weapons: ['water_cannon'], impact_site: 'head' },
    incident: WIDESPREAD,
    expect: 'violation',
  },
  {
    name: 'at people on a height → violation',
    act: { weapons: ['water_cannon'], elevated_position: true },
    incident: WIDESPREAD,
    expect: 'violation',
  },
  {
    name: 'on an assembly without violence → violation',
    act: { weapons: ['water_cannon'], purpose: 'dispersal' },
    incident: { assembly: true, participant_violence: 'none' },
    expect: 'violation',
  },
  {
    name: 'on a mostly peaceful assembly → possible',
    act: { weapons: ['water_cannon'], purpose: 'dispersal' },
    incident: MOSTLY_PEACEFUL,
    expect: 'possible_violation',
    missing: ['participant_violence'],
  },
  {
    name: 'against widespread violence, at the body, from a distance, at ground level → consistent',
    act: { weapons: ['water_cannon'], impact_site: 'legs', fire_mode: 'direct', elevated_position: false },
    incident: WIDESPREAD,
    expect: 'consistent',
  },
  {
    name: 'widespread violence, how it was used unknown → insufficient',
    act: { weapons: ['water_cannon'] },
    incident: WIDESPREAD,
    expect: 'insufficient_facts',
    missing: ['impact_site', 'fire_mode', 'elevated_position'],
  },
]);

ruleTable('STUN-1', [
  {
    name: 'thrown into a crowd → possible',
    act: { weapons: ['stun_grenade'], target: 'crowd' },
    expect: 'possible_violation',
  },
  {
    name: 'in a confined space → possible',
    act: { weapons: ['stun_grenade'], target: 'building', confined_space: true },
    expect: 'possible_violation',
  },
  {
    name: 'at a building, in the open → consistent',
    act: { weapons: ['stun_grenade'], target: 'building', confined_space: false },
    expect: 'consistent',
  },
  {
    name: 'nothing known → insufficient',
    act: { weapons: ['stun_grenade'] },
    expect: 'insufficient_facts',
    missing: ['target', 'confined_space'],
  },
]);
