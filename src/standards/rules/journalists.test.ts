import { ruleTable } from '../test-factories.js';

ruleTable('GC37-30', [
  {
    name: 'phone confiscated from a reporter → violation',
    act: { victim_roles: ['journalist'], equipment_seized_or_damaged: true },
    expect: 'violation',
  },
  {
    name: 'monitor stopped from filming → violation',
    act: { victim_roles: ['monitor'], prevented_from_recording: true },
    expect: 'violation',
  },
  {
    name: 'pepper spray on a reporter who threatened nobody → violation',
    act: { victim_roles: ['journalist'], weapons: ['handheld_irritant'], target_conduct: 'peaceful' },
    expect: 'violation',
  },
  {
    name: 'reporter neither obstructed nor deprived of equipment → consistent',
    act: {
      victim_roles: ['journalist'],
      equipment_seized_or_damaged: false,
      prevented_from_recording: false,
    },
    expect: 'consistent',
  },
  {
    name: 'force on a reporter, conduct unknown → insufficient',
    act: {
      victim_roles: ['journalist'],
      weapons: ['physical_force'],
      equipment_seized_or_damaged: false,
      prevented_from_recording: false,
    },
    expect: 'insufficient_facts',
    missing: ['target_conduct'],
  },
  {
    name: 'nothing known → insufficient',
    act: { victim_roles: ['journalist'] },
    expect: 'insufficient_facts',
    missing: ['equipment_seized_or_damaged', 'prevented_from_recording'],
  },
  {
    name: 'attack by unidentified men → left to the non-State rule',
    act: { actor_type: 'unidentified', victim_roles: ['journalist'], weapons: ['physical_force'] },
    expect: 'not_applicable',
  },
  {
    name: 'no journalist or monitor → does not apply',
    act: { victim_roles: ['protester'], weapons: ['baton'] },
    expect: 'not_applicable',
  },
]);

ruleTable('GC34-23', [
  {
    name: 'attack on a reporter not investigated → violation',
    act: { victim_roles: ['journalist'], weapons: ['baton'], investigation_opened: false },
    expect: 'violation',
  },
  {
    name: 'investigation opened → consistent',
    act: { victim_roles: ['journalist'], equipment_seized_or_damaged: true, investigation_opened: true },
    expect: 'consistent',
  },
  {
    name: 'investigation unknown → insufficient',
    act: { victim_roles: ['journalist'], harm: 'minor' },
    expect: 'insufficient_facts',
    missing: ['investigation_opened'],
  },
  {
    name: 'applies to attacks by private persons too',
    act: {
      actor_type: 'unidentified',
      victim_roles: ['journalist'],
      weapons: ['physical_force'],
      investigation_opened: false,
    },
    expect: 'violation',
  },
  {
    name: 'a journalist not attacked → does not apply',
    act: { victim_roles: ['journalist'] },
    expect: 'not_applicable',
  },
]);
