import { ruleTable } from '../test-factories.js';

ruleTable('BPUFF-22', [
  {
    name: 'injury not reported → violation',
    act: { weapons: ['baton'], harm: 'treated_injury', report_filed: false },
    expect: 'violation',
  },
  {
    name: 'firearm use reported → consistent',
    act: { weapons: ['firearm'], harm: 'none', report_filed: true },
    expect: 'consistent',
  },
  {
    name: 'report unknown → insufficient',
    act: { weapons: ['kinetic_impact_projectile'], harm: 'serious_injury' },
    expect: 'insufficient_facts',
    missing: ['report_filed'],
  },
  {
    name: 'no harm and no firearm → does not apply',
    act: { weapons: ['physical_force'], harm: 'none' },
    expect: 'not_applicable',
  },
]);

ruleTable('BPUFF-24', [
  {
    name: 'superior knew and did nothing → violation',
    act: { weapons: ['baton'], superior_knew: true, superior_acted: false },
    expect: 'violation',
  },
  {
    name: 'superior knew and acted → consistent',
    act: { weapons: ['baton'], superior_knew: true, superior_acted: true },
    expect: 'consistent',
  },
  {
    name: 'superior did not know → consistent',
    act: { weapons: ['baton'], superior_knew: false },
    expect: 'consistent',
  },
  {
    name: 'superior knew, response unknown → insufficient',
    act: { weapons: ['baton'], superior_knew: true },
    expect: 'insufficient_facts',
    missing: ['superior_acted'],
  },
  {
    name: 'what superiors knew not recorded → does not apply',
    act: { weapons: ['baton'] },
    expect: 'not_applicable',
  },
]);

ruleTable('GC36-27', [
  {
    name: 'a protester died → death requires investigation',
    act: { harm: 'death', purpose: 'dispersal' },
    expect: 'death_requires_investigation',
  },
  {
    name: 'a death caused by private persons also requires investigation',
    act: { actor_type: 'non_state_armed', weapons: ['firearm'], harm: 'death' },
    expect: 'death_requires_investigation',
  },
  {
    name: 'firearms used at an assembly, nobody died → investigation required',
    act: { weapons: ['firearm'], harm: 'treated_injury' },
    incident: { assembly: true },
    expect: 'investigation_required',
  },
  {
    name: 'firearm away from an assembly, no death → does not apply',
    act: { weapons: ['firearm'], harm: 'minor' },
    incident: { assembly: false },
    expect: 'not_applicable',
  },
]);
