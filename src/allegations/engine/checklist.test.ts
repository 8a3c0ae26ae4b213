import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_ITEM_IDS,
  INVESTIGATION_CHECKLIST,
  scoreInvestigation,
  type ChecklistAnswer,
} from './checklist.js';

const all = (status: ChecklistAnswer['status']): ChecklistAnswer[] =>
  CHECKLIST_ITEM_IDS.map((itemId) => ({ itemId, status, source: 'doc-1' }));

describe('investigation checklist', () => {
  it('holds the eight criteria with labels and descriptions', () => {
    expect(INVESTIGATION_CHECKLIST.map((i) => i.id)).toEqual([...CHECKLIST_ITEM_IDS]);
    expect(CHECKLIST_ITEM_IDS).toHaveLength(8);
    for (const item of INVESTIGATION_CHECKLIST) expect(item.description.length).toBeGreaterThan(10);
  });

  it('scores a model investigation as meeting the standard', () => {
    expect(scoreInvestigation(all('met'))).toMatchObject({
      score: 1,
      coverage: 1,
      verdict: 'meets_standard',
    });
  });

  it('counts missing answers as unknown and calls the picture incomplete', () => {
    const result = scoreInvestigation([{ itemId: 'prompt', status: 'met', source: 'letter of 2020-10-20' }]);
    expect(result.counts).toEqual({ met: 1, partly: 0, not_met: 0, unknown: 7 });
    expect(result.coverage).toBe(1 / 8);
    expect(result.verdict).toBe('incomplete');
  });

  it('lets one unmet criterion decide, and weighs partly as half', () => {
    const answers = all('met').map((a) =>
      a.itemId === 'independent'
        ? { ...a, status: 'not_met' as const }
        : a.itemId === 'transparent'
          ? { ...a, status: 'partly' as const }
          : a,
    );
    const result = scoreInvestigation(answers);
    expect(result.verdict).toBe('falls_short');
    expect(result.notMet).toEqual(['independent']);
    expect(result.score).toBe(6.5 / 8);
  });

  it('refuses an answer without a source, and a repeated item', () => {
    expect(() => scoreInvestigation([{ itemId: 'prompt', status: 'met', source: ' ' }])).toThrow(
      /source|rests/,
    );
    expect(() =>
      scoreInvestigation([...all('met'), { itemId: 'prompt', status: 'met', source: 'x' }]),
    ).toThrow(/twice/);
  });
});
