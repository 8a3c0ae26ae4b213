import type { IncidentFactsInput } from '../facts.js';
import { ruleTable } from '../test-factories.js';

const NO_VIOLENCE: IncidentFactsInput = { assembly: true, participant_violence: 'none' };
const WIDESPREAD: IncidentFactsInput = {
  assembly: true,
  participant_violence: 'widespread',
  violent_parties: ['participants'],
};
const POLICE_VIOLENCE: IncidentFactsInput = {
  assembly: true,
  participant_violence: 'widespread',
  violent_parties: ['police'],
};
const UNKNOWN_ASSEMBLY: IncidentFactsInput = { assembly: true };

ruleTable('BPUFF-13', [
  {
    name: 'batons on a crowd at a non-violent assembly → violation',
    act: { weapons: ['baton'], target: 'crowd' },
    incident: NO_VIOLENCE,
    expect: 'violation',
  },
  {
    name: 'violence only by police does not make the assembly violent → violation',
    act: { weapons: ['baton'], target: 'crowd' },
    incident: POLICE_VIOLENCE,
    expect: 'violation',
  },
  {
    name: 'character unknown → possible, presumed peaceful',
    act: { weapons: ['baton'], target: 'crowd' },
    incident: UNKNOWN_ASSEMBLY,
    expect: 'possible_violation',
    missing: ['participant_violence'],
  },
  {
    name: 'widespread violence by participants → consistent',
    act: { weapons: ['baton'], target: 'crowd' },
    incident: WIDESPREAD,
    expect: 'consistent',
  },
  {
    name: 'handling without harm → consistent',
    act: { weapons: ['physical_force'], harm: 'none' },
    incident: NO_VIOLENCE,
    expect: 'consistent',
  },
  {
    name: 'force aimed at a threatening individual → consistent',
    act: { weapons: ['baton'], target: 'individual', target_conduct: 'threat_of_injury' },
    incident: NO_VIOLENCE,
    expect: 'consistent',
  },
  {
    name: 'pushing with harm unknown → insufficient',
    act: { weapons: ['physical_force'] },
    incident: NO_VIOLENCE,
    expect: 'insufficient_facts',
    missing: ['harm'],
  },
  {
    name: 'away from any assembly → does not apply',
    act: { weapons: ['baton'], purpose: 'arrest' },
    incident: { assembly: false },
    expect: 'not_applicable',
  },
]);

ruleTable('GC37-85', [
  {
    name: 'dispersal of a non-violent, non-disruptive assembly → violation',
    act: { purpose: 'dispersal' },
    incident: { ...NO_VIOLENCE, serious_sustained_disruption: false },
    expect: 'violation',
  },
  {
    name: 'dispersal of an assembly presumed peaceful, no disruption → possible',
    act: { purpose: 'dispersal' },
    incident: { assembly: true, serious_sustained_disruption: false },
    expect: 'possible_violation',
    missing: ['participant_violence'],
  },
  {
    name: 'dispersal with the disruption unknown → possible, disruption missing',
    act: { purpose: 'dispersal' },
    incident: NO_VIOLENCE,
    expect: 'possible_violation',
    missing: ['serious_sustained_disruption'],
  },
  {
    name: 'dispersal after widespread violence by participants → consistent',
    act: { purpose: 'dispersal' },
    incident: WIDESPREAD,
    expect: 'consistent',
  },
  {
    name: 'dispersal of a seriously and lastingly disruptive assembly → consistent',
    act: { purpose: 'dispersal' },
    incident: { ...NO_VIOLENCE, serious_sustained_disruption: true },
    expect: 'consistent',
  },
  {
    name: 'sources call it violent, nothing established → insufficient',
    act: { purpose: 'dispersal' },
    incident: { assembly: true, reported_character: 'violent' },
    expect: 'insufficient_facts',
    missing: ['participant_violence', 'violent_parties', 'serious_sustained_disruption'],
  },
  {
    name: 'not a dispersal → does not apply',
    act: { purpose: 'arrest', weapons: ['baton'] },
    incident: NO_VIOLENCE,
    expect: 'not_applicable',
  },
]);

ruleTable('GC37-86', [
  {
    name: 'baton on a passive resister → violation',
    act: { weapons: ['baton'], target: 'individual', target_conduct: 'passive_resistance' },
    incident: UNKNOWN_ASSEMBLY,
    expect: 'violation',
  },
  {
    name: 'baton on a peaceful individual → violation',
    act: { weapons: ['baton'], target: 'individual', target_conduct: 'peaceful' },
    incident: UNKNOWN_ASSEMBLY,
    expect: 'violation',
  },
  {
    name: 'crowd targeted when violence was isolated → possible',
    act: { weapons: ['baton'], target: 'crowd' },
    incident: { assembly: true, participant_violence: 'isolated', violent_parties: ['participants'] },
    expect: 'possible_violation',
    missing: [],
  },
  {
    name: 'crowd targeted, assembly presumed peaceful → possible, character missing',
    act: { weapons: ['water_cannon'], target: 'crowd' },
    incident: UNKNOWN_ASSEMBLY,
    expect: 'possible_violation',
    missing: ['participant_violence'],
  },
  {
    name: 'crowd targeted amid widespread violence by participants → consistent',
    act: { weapons: ['water_cannon'], target: 'crowd' },
    incident: WIDESPREAD,
    expect: 'consistent',
  },
  {
    name: 'force aimed at violent individuals → consistent',
    act: { weapons: ['baton'], target: 'small_group', target_conduct: 'threat_of_injury' },
    incident: UNKNOWN_ASSEMBLY,
    expect: 'consistent',
  },
  {
    name: 'target unknown → insufficient',
    act: { weapons: ['baton'] },
    incident: UNKNOWN_ASSEMBLY,
    expect: 'insufficient_facts',
    missing: ['target', 'target_conduct'],
  },
]);

ruleTable('GC37-87', [
  {
    name: 'tear gas in a confined space → violation',
    act: { weapons: ['tear_gas'], confined_space: true },
    expect: 'violation',
  },
  {
    name: 'no warning → violation',
    act: { weapons: ['water_cannon'], warning_given: false },
    expect: 'violation',
  },
  {
    name: 'warning but no time to leave → violation',
    act: { weapons: ['stun_grenade'], warning_given: true, time_to_disperse: false },
    expect: 'violation',
  },
  {
    name: 'people hemmed in with no way out → violation',
    act: { weapons: ['tear_gas'], warning_given: true, time_to_disperse: true, exits_available: false },
    expect: 'violation',
  },
  {
    name: 'not a last resort → possible',
    act: {
      weapons: ['water_cannon'],
      warning_given: true,
      time_to_disperse: true,
      less_harmful_means: 'not_attempted',
    },
    expect: 'possible_violation',
  },
  {
    name: 'warning, time to leave, in the open → consistent',
    act: { weapons: ['tear_gas'], warning_given: true, time_to_disperse: true, confined_space: false },
    expect: 'consistent',
  },
  {
    name: 'nothing known → insufficient',
    act: { weapons: ['tear_gas'] },
    expect: 'insufficient_facts',
    missing: ['warning_given', 'time_to_disperse', 'confined_space'],
  },
  { name: 'no wide-area weapon → does not apply', act: { weapons: ['baton'] }, expect: 'not_applicable' },
]);
