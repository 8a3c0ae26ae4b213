import { ruleTable } from '../test-factories.js';

ruleTable('NSA-1', [
  {
    name: 'unidentified attackers → abuse, police presence missing',
    act: { actor_type: 'unidentified', weapons: ['physical_force'], victim_roles: ['journalist'] },
    expect: 'abuse_by_non_state_actor',
    missing: ['police_present'],
  },
  {
    name: 'counter-demonstrators attack while police stand by → violation (failure to protect)',
    act: { actor_type: 'counter_demonstrator', weapons: ['physical_force'], police_intervened: false },
    incident: { police_present: true },
    expect: 'violation',
  },
  {
    name: 'police present and stepped in → abuse, nothing missing',
    act: { actor_type: 'counter_demonstrator', weapons: ['physical_force'], police_intervened: true },
    incident: { police_present: true },
    expect: 'abuse_by_non_state_actor',
    missing: [],
  },
  {
    name: 'police present, their response unknown → abuse, intervention missing',
    act: { actor_type: 'assembly_participant', ambulance_obstructed: true },
    incident: { police_present: true },
    expect: 'abuse_by_non_state_actor',
    missing: ['police_intervened'],
  },
  {
    name: 'no police present → abuse',
    act: { actor_type: 'non_state_armed', weapons: ['firearm'] },
    incident: { police_present: false },
    expect: 'abuse_by_non_state_actor',
    missing: [],
  },
  {
    name: 'police conduct → does not apply',
    act: { actor_type: 'police', weapons: ['baton'] },
    expect: 'not_applicable',
  },
  {
    name: 'actor unknown → does not apply',
    act: { actor_type: 'unknown', weapons: ['baton'] },
    expect: 'not_applicable',
  },
]);
