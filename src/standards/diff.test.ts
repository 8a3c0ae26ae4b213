import { describe, expect, it } from 'vitest';
import { diffAssessments } from './diff.js';
import { assess } from './test-factories.js';

describe('diffAssessments', () => {
  const act = { weapons: ['tear_gas'], purpose: 'dispersal', target: 'crowd' } as const;
  const before = assess({ ...act, weapons: [...act.weapons] }, { assembly: true });

  it('shows findings that change when the assembly character becomes known', () => {
    const after = assess(
      { ...act, weapons: [...act.weapons] },
      { assembly: true, participant_violence: 'none', serious_sustained_disruption: false },
    );
    const d = diffAssessments(before, after);
    const tearGas = d.changes.find((c) => c.rule === 'LLW-7.3');
    expect(tearGas).toMatchObject({ change: 'finding_changed' });
    expect(tearGas?.before?.finding).toBe('possible_violation');
    expect(tearGas?.after?.finding).toBe('violation');
    expect(d.settledFacts).toContain('participant_violence');
    expect(d.headlineChanged).toBe(true);
  });

  it('shows rules that start or stop applying', () => {
    const after = assess({ ...act, weapons: ['tear_gas', 'firearm'] }, { assembly: true });
    const d = diffAssessments(before, after);
    expect(d.changes.filter((c) => c.change === 'added').map((c) => c.rule)).toContain('BPUFF-9');
    const back = diffAssessments(after, before);
    expect(back.changes.filter((c) => c.change === 'removed').map((c) => c.rule)).toContain('BPUFF-9');
  });

  it('reports a settled fact even when the finding stays the same', () => {
    const after = assess({ ...act, weapons: [...act.weapons], warning_given: true }, { assembly: true });
    const d = diffAssessments(before, after);
    expect(d.changes).toContainEqual(
      expect.objectContaining({ rule: 'GC37-87', change: 'missing_facts_changed' }),
    );
    expect(d.settledFacts).toEqual(['warning_given']);
  });

  it('finds nothing between equal assessments', () => {
    expect(diffAssessments(before, before)).toEqual({
      changes: [],
      headlineChanged: false,
      settledFacts: [],
      newlyMissingFacts: [],
    });
  });
});
