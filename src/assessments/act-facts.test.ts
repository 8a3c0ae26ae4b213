import { describe, expect, it } from 'vitest';
import { parseActFacts } from '../standards/index.js';
import { mergedActFacts } from './act-facts.js';

const act = (over: Partial<Parameters<typeof mergedActFacts>[0]> = {}) => ({
  methods: [],
  victimRole: null,
  facts: {},
  perpetratorKind: null,
  ...over,
});

describe('mergedActFacts', () => {
  it('takes weapons, victim roles and implied facts from the vocabulary', () => {
    const facts = parseActFacts(
      mergedActFacts(act({ methods: ['tear_gas', 'confiscation_of_equipment'], victimRole: 'journalist' })),
    );
    expect(facts.weapons).toEqual(['tear_gas']);
    expect(facts.victim_roles).toEqual(['journalist']);
    expect(facts.equipment_seized_or_damaged).toBe(true);
  });

  it('keeps stated facts and joins stated weapons and roles with those of the vocabulary', () => {
    const facts = parseActFacts(
      mergedActFacts(
        act({
          methods: ['baton'],
          victimRole: 'protester',
          facts: { weapons: ['water_cannon'], victim_roles: ['child'], equipment_seized_or_damaged: false },
        }),
      ),
    );
    expect(facts.weapons).toEqual(['baton', 'water_cannon']);
    expect(facts.victim_roles).toEqual(['protester', 'child']);
    expect(facts.equipment_seized_or_damaged).toBe(false);
  });

  it('lets a linked perpetrator decide the actor type, falling back on the stated one', () => {
    const stated = { actor_type: 'plain_clothes' };
    expect(mergedActFacts(act({ perpetratorKind: 'military', facts: stated })).actor_type).toBe('military');
    // A person's kind says nothing about whose agent they are: the stated type stands.
    expect(mergedActFacts(act({ perpetratorKind: 'person', facts: stated })).actor_type).toBe(
      'plain_clothes',
    );
    expect(mergedActFacts(act({ facts: stated })).actor_type).toBe('plain_clothes');
    expect(parseActFacts(mergedActFacts(act())).actor_type).toBe('unknown');
  });

  it('ignores methods and roles outside the vocabulary instead of failing', () => {
    const facts = parseActFacts(mergedActFacts(act({ methods: ['teleport'], victimRole: 'wizard' })));
    expect(facts.weapons).toEqual([]);
    expect(facts.victim_roles).toEqual([]);
  });
});
