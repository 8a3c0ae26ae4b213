import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  assertValidPolicy,
  evaluateDeadlines,
  overdueList,
  type Policy,
} from './deadlines.js';
import { aStep, anAllegation } from './test-factories.js';
import type { Step } from './types.js';

const allegation = anAllegation({ id: 'alg-a', incidentStartDate: '2020-10-05', documentedOn: '2020-10-07' });
const ruleIds = (steps: Step[], today: string) =>
  evaluateDeadlines({ allegation, steps }, DEFAULT_POLICY, today).map((f) => f.ruleId);

describe('evaluateDeadlines with the default policy', () => {
  it('asks to submit a documented allegation after 30 days', () => {
    expect(ruleIds([], '2020-11-06')).toEqual([]);
    const [flag] = evaluateDeadlines({ allegation, steps: [] }, DEFAULT_POLICY, '2020-11-10');
    expect(flag).toMatchObject({ ruleId: 'submit-after-documenting', dueDate: '2020-11-06', daysLate: 4 });
  });

  it('asks for a reminder 14 days after submission, then calls the investigation overdue at 30', () => {
    const submitted = [aStep('submitted', '2020-10-10')];
    expect(ruleIds(submitted, '2020-10-24')).toEqual([]);
    expect(ruleIds(submitted, '2020-10-25')).toEqual(['response-after-submission']);
    expect(ruleIds(submitted, '2020-11-12').sort()).toEqual([
      'investigation-after-submission',
      'response-after-submission',
    ]);
  });

  it('clears the reminder flag once a follow-up is sent, and watches the reply to it', () => {
    const steps = [aStep('submitted', '2020-10-10'), aStep('follow_up', '2020-10-26')];
    expect(ruleIds(steps, '2020-11-05')).toEqual([]);
    expect(ruleIds(steps, '2020-11-20').sort()).toEqual([
      'acknowledgement-after-reminder',
      'investigation-after-submission',
    ]);
  });

  it('raises nothing once the investigation has opened in time', () => {
    const steps = [aStep('submitted', '2020-10-10'), aStep('investigation_opened', '2020-10-30')];
    expect(ruleIds(steps, '2020-12-01')).toEqual([]);
    expect(ruleIds(steps, '2021-02-01')).toEqual(['progress-after-investigation']);
  });

  it('labels every flag as policy, even when the rule author forgot', () => {
    const policy: Policy = {
      rules: [
        { id: 'r', afterStage: 'submitted', waitDays: 1, expect: 'tried', action: 'overdue', label: 'slow' },
      ],
    };
    const flags = evaluateDeadlines(
      { allegation, steps: [aStep('submitted', '2020-10-10')] },
      policy,
      '2020-12-01',
    );
    expect(flags[0]?.label).toBe('Policy: slow');
    const all = evaluateDeadlines({ allegation, steps: [] }, DEFAULT_POLICY, '2021-12-01');
    for (const flag of all) expect(flag.label).toMatch(/^Policy: /);
  });
});

describe('overdueList', () => {
  it('sorts the most late first and can keep only overdue flags', () => {
    const early = { allegation: anAllegation({ id: 'early' }), steps: [aStep('submitted', '2020-10-06')] };
    const late = { allegation: anAllegation({ id: 'late' }), steps: [aStep('submitted', '2020-10-20')] };
    const list = overdueList([late, early], DEFAULT_POLICY, '2020-12-01', { kinds: ['overdue'] });
    expect(list.map((f) => [f.allegationId, f.daysLate])).toEqual([
      ['early', 26],
      ['late', 12],
    ]);
  });
});

describe('assertValidPolicy', () => {
  it('accepts the default policy and refuses a rule without a clock', () => {
    expect(() => assertValidPolicy(DEFAULT_POLICY)).not.toThrow();
    const bad: Policy = { rules: [{ id: 'x', waitDays: 3, expect: 'tried', action: 'overdue', label: 'x' }] };
    expect(() => assertValidPolicy(bad)).toThrow(/afterStage/);
  });
});
