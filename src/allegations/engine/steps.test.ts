import { describe, expect, it } from 'vitest';
import { currentStage, effectiveSteps, timeline } from './steps.js';
import { aStep } from './test-factories.js';

describe('currentStage and timeline', () => {
  it('starts documented and follows the furthest effective stage', () => {
    expect(currentStage([]).stage).toBe('documented');
    const steps = [
      aStep('submitted', '2020-10-10'),
      aStep('official_response', '2020-10-11'),
      aStep('investigation_opened', '2020-10-20'),
    ];
    expect(currentStage(steps)).toMatchObject({ stage: 'investigation_opened', since: '2020-10-20' });
  });

  it('reports the outcome kind at the outcome stage', () => {
    const steps = [aStep('submitted', '2020-10-10'), aStep('closed_without_action', '2020-11-10')];
    expect(currentStage(steps)).toMatchObject({ stage: 'outcome', outcome: 'closed_without_action' });
  });

  it('lets a correction replace a step and a retraction void one', () => {
    const submitted = aStep('submitted', '2020-10-10');
    const wrong = aStep('charged', '2020-10-20', { outOfOrderReason: 'typo' });
    const fixed = aStep('investigation_opened', '2020-10-20', { correctsStepId: wrong.id });
    expect(currentStage([submitted, wrong]).stage).toBe('charged');
    expect(currentStage([submitted, wrong, fixed]).stage).toBe('investigation_opened');
    const voided = aStep('retraction', '2020-10-25', { correctsStepId: fixed.id });
    expect(currentStage([submitted, wrong, fixed, voided]).stage).toBe('submitted');
    expect(effectiveSteps([submitted, wrong, fixed, voided]).map((s) => s.id)).toEqual([submitted.id]);
  });

  it('keeps every step in the timeline, marking what superseded what', () => {
    const submitted = aStep('submitted', '2020-10-15');
    const fix = aStep('submitted', '2020-10-09', { correctsStepId: submitted.id });
    const ack = aStep('acknowledged', '2020-10-20');
    const entries = timeline([submitted, ack, fix]);
    expect(entries.map((e) => e.step.id)).toEqual([fix.id, submitted.id, ack.id]);
    expect(entries[1]).toMatchObject({ effective: false, supersededBy: fix.id, stageAfter: null });
    expect(entries[0]?.stageAfter).toBe('submitted');
    expect(entries[2]?.stageAfter).toBe('acknowledged');
  });
});
