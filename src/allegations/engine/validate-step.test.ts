import { describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/errors.js';
import { aStep, anAllegation } from './test-factories.js';
import type { Step } from './types.js';
import { validateStep } from './validate-step.js';

const today = '2020-12-01';
const allegation = anAllegation({ incidentStartDate: '2020-10-05' });

function errorOf(existing: Step[], step: Step) {
  const check = validateStep(allegation, existing, step, { today });
  if (check.ok) throw new Error('expected a refusal');
  expect(isAppError(check.error)).toBe(true);
  return check.error;
}

describe('validateStep: order of stages', () => {
  const submitted = aStep('submitted', '2020-10-10');

  it('accepts the next stage', () => {
    expect(validateStep(allegation, [submitted], aStep('acknowledged', '2020-10-12'), { today })).toEqual({
      ok: true,
      outOfOrder: false,
    });
  });

  it('lets an investigation follow a submission without a recorded acknowledgement', () => {
    const check = validateStep(allegation, [submitted], aStep('investigation_opened', '2020-10-20'), {
      today,
    });
    expect(check.ok).toBe(true);
  });

  it('refuses charges before an investigation, naming both stages', () => {
    const error = errorOf([submitted], aStep('charged', '2020-10-20'));
    expect(error.code).toBe('invalid_transition');
    expect(error.message).toContain("'charged'");
    expect(error.message).toContain("'investigation_opened'");
  });

  it('accepts charges before an investigation when a reason is given', () => {
    const step = aStep('charged', '2020-10-20', { outOfOrderReason: 'charged directly by the prosecutor' });
    expect(validateStep(allegation, [submitted], step, { today })).toEqual({ ok: true, outOfOrder: true });
  });

  it('refuses going back to an earlier stage without a reason', () => {
    const opened = aStep('investigation_opened', '2020-10-20');
    const error = errorOf([submitted, opened], aStep('acknowledged', '2020-10-21'));
    expect(error.code).toBe('invalid_transition');
    expect(error.message).toContain("'investigation_opened'");
  });

  it('needs a trial before a conviction, but closing without action may follow any submission', () => {
    const charged = aStep('charged', '2020-10-20', { outOfOrderReason: 'x' });
    expect(errorOf([submitted, charged], aStep('conviction', '2020-11-01')).message).toContain("'tried'");
    expect(
      validateStep(allegation, [submitted], aStep('closed_without_action', '2020-11-01'), { today }).ok,
    ).toBe(true);
    expect(errorOf([], aStep('closed_without_action', '2020-11-01')).message).toContain("'submitted'");
  });

  it('refuses a stage after the outcome', () => {
    const closed = aStep('closed_without_action', '2020-10-15');
    expect(errorOf([submitted, closed], aStep('investigation_opened', '2020-10-20')).code).toBe(
      'invalid_transition',
    );
  });

  it('allows side steps at any stage but a follow-up only after submission', () => {
    expect(validateStep(allegation, [], aStep('official_response', '2020-10-07'), { today }).ok).toBe(true);
    expect(errorOf([], aStep('follow_up', '2020-10-07')).code).toBe('invalid_transition');
    expect(validateStep(allegation, [submitted], aStep('follow_up', '2020-10-24'), { today }).ok).toBe(true);
  });
});

describe('validateStep: dates and fields', () => {
  it('refuses a date in the future', () => {
    const error = errorOf([], aStep('submitted', '2020-12-02'));
    expect(error.code).toBe('validation_failed');
    expect(error.field).toBe('date');
  });

  it('refuses a date before the incident began', () => {
    const error = errorOf([], aStep('submitted', '2020-10-04'));
    expect(error.field).toBe('date');
    expect(error.message).toContain('2020-10-05');
  });

  it('refuses an impossible date', () => {
    expect(errorOf([], aStep('submitted', '2020-02-30')).field).toBe('date');
  });

  it('refuses a date before the previous step, but a correction may go back', () => {
    const submitted = aStep('submitted', '2020-10-20');
    expect(errorOf([submitted], aStep('acknowledged', '2020-10-19')).field).toBe('date');
    const fix = aStep('submitted', '2020-10-12', { correctsStepId: submitted.id });
    expect(validateStep(allegation, [submitted], fix, { today }).ok).toBe(true);
  });

  it('accepts a side step learned of late only with a reason', () => {
    const steps = [aStep('submitted', '2020-10-10'), aStep('follow_up', '2020-10-30')];
    const denial = aStep('official_response', '2020-10-20', { response: 'denial' });
    expect(errorOf(steps, denial).field).toBe('date');
    const explained = { ...denial, outOfOrderReason: 'the denial was only published on 2020-11-02' };
    expect(validateStep(allegation, steps, explained, { today }).ok).toBe(true);
  });

  it('judges a correction against the history before its own date', () => {
    const submitted = aStep('submitted', '2020-10-10');
    const opened = aStep('investigation_opened', '2020-10-20');
    const later = aStep('follow_up', '2020-10-25');
    const earlier = aStep('submitted', '2020-10-08', { correctsStepId: submitted.id });
    expect(validateStep(allegation, [submitted, opened, later], earlier, { today })).toEqual({
      ok: true,
      outOfOrder: false,
    });
    const wrong = aStep('charged', '2020-10-20', { correctsStepId: opened.id });
    expect(errorOf([submitted, opened, later], wrong).message).toContain("'investigation_opened'");
  });

  it('refuses correcting a missing or already corrected step', () => {
    const submitted = aStep('submitted', '2020-10-20');
    const fix = aStep('submitted', '2020-10-12', { correctsStepId: submitted.id });
    expect(errorOf([submitted], aStep('submitted', '2020-10-12', { correctsStepId: 'nope' })).field).toBe(
      'correctsStepId',
    );
    expect(
      errorOf([submitted, fix], aStep('submitted', '2020-10-13', { correctsStepId: submitted.id })).field,
    ).toBe('correctsStepId');
  });

  it('refuses a repeated id and a response without its kind', () => {
    const submitted = aStep('submitted', '2020-10-20');
    expect(errorOf([submitted], { ...aStep('acknowledged', '2020-10-21'), id: submitted.id }).code).toBe(
      'duplicate',
    );
    const bare = aStep('official_response', '2020-10-21');
    delete bare.response;
    expect(errorOf([submitted], bare).field).toBe('response');
  });
});
