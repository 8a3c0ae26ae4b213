/** One allegation moved step by step, as the service layer will do it: validate, append, read. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, overdueList } from './deadlines.js';
import { allegationStats } from './stats.js';
import { currentStage } from './steps.js';
import { aStep, anAllegation } from './test-factories.js';
import type { Step } from './types.js';
import { validateStep } from './validate-step.js';

describe('an allegation moving through its steps', () => {
  const allegation = anAllegation({
    id: 'bullet',
    incidentStartDate: '2020-10-05',
    documentedOn: '2020-10-06',
  });
  const steps: Step[] = [];
  const record = (step: Step, today: string) => {
    const check = validateStep(allegation, steps, step, { today });
    if (!check.ok) throw check.error;
    steps.push(step);
  };
  const view = (today: string) => ({
    stage: currentStage(steps).stage,
    flags: overdueList([{ allegation, steps }], DEFAULT_POLICY, today).map((f) => f.ruleId),
    stats: allegationStats([{ allegation, steps }], today).overall,
  });

  it('changes stage, flags and statistics at each step', () => {
    expect(view('2020-11-10')).toMatchObject({ stage: 'documented', flags: ['submit-after-documenting'] });

    record(aStep('submitted', '2020-11-10'), '2020-11-10');
    let now = view('2020-12-15');
    expect(now.stage).toBe('submitted');
    expect(now.flags).toEqual(['response-after-submission', 'investigation-after-submission']);
    expect(now.stats.shareInvestigated).toBe(0);

    record(aStep('acknowledged', '2020-12-16'), '2020-12-16');
    now = view('2020-12-16');
    expect(now.flags).toEqual(['investigation-after-submission']);
    expect(now.stats.medianDays.submittedToAcknowledged).toBe(36);

    record(aStep('investigation_opened', '2021-01-04'), '2021-01-05');
    now = view('2021-01-05');
    expect(now).toMatchObject({ stage: 'investigation_opened', flags: [] });
    expect(now.stats.shareInvestigated).toBe(1);
    expect(now.stats.medianDays.submittedToInvestigation).toBe(55);
    expect(now.stats.impunity.no_progress).toBe(1);

    record(aStep('disciplinary_sanction', '2021-03-01'), '2021-03-01');
    now = view('2022-01-01');
    expect(now).toMatchObject({ stage: 'outcome', flags: [] });
    expect(now.stats.impunity.partial_justice).toBe(1);
    expect(now.stats.medianDays.investigationToOutcome).toBe(56);
  });
});
