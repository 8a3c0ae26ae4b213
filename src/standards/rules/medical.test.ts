import { ruleTable } from '../test-factories.js';

ruleTable('MED-1', [
  {
    name: 'ambulance blocked by police → violation',
    act: { victim_roles: ['ambulance_crew'], ambulance_obstructed: true },
    expect: 'violation',
  },
  {
    name: 'field hospital raided → violation',
    act: { medical_facility_attacked: true },
    expect: 'violation',
  },
  {
    name: 'baton on a medic treating the injured → violation',
    act: { victim_roles: ['medic'], weapons: ['baton'], target_conduct: 'peaceful' },
    expect: 'violation',
  },
  {
    name: 'medics let through, no force → consistent',
    act: { victim_roles: ['medic'], ambulance_obstructed: false },
    expect: 'consistent',
  },
  {
    name: 'medic involved, nothing else known → insufficient',
    act: { victim_roles: ['medic'] },
    expect: 'insufficient_facts',
    missing: ['ambulance_obstructed'],
  },
  {
    name: 'ambulances seized by demonstrators → left to the non-State rule',
    act: { actor_type: 'assembly_participant', victim_roles: ['ambulance_crew'], ambulance_obstructed: true },
    expect: 'not_applicable',
  },
]);
