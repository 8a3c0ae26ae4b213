/**
 * The rules a new step must pass before it is recorded: a real date that is neither in the future nor
 * before the incident nor before the previous step, and a stage that follows the current one. A stage out
 * of the usual order is accepted only with an explicit reason, because authorities do sometimes skip steps
 * and the record must say what happened, not what should have happened.
 */
import { AppError, invalid } from '../../shared/errors.js';
import { dayNumber } from './dates.js';
import {
  currentStage,
  effectiveSteps,
  isOutcomeKind,
  stageIndex,
  stageOfKind,
  supersededBy,
} from './steps.js';
import {
  FOLLOW_UPS,
  OFFICIAL_RESPONSES,
  REMEDIES,
  STAGES,
  STEP_KINDS,
  type Allegation,
  type OutcomeKind,
  type Stage,
  type Step,
} from './types.js';

export type StepCheck = { ok: true; outOfOrder: boolean } | { ok: false; error: AppError };

/** Stages an authority may pass without us seeing a step: a later stage implies them. */
const IMPLIED_STAGES: ReadonlySet<Stage> = new Set(['acknowledged', 'suspects_identified']);

/** The stage an outcome needs before it, in the usual order. */
const OUTCOME_NEEDS: Record<OutcomeKind, Stage> = {
  conviction: 'tried',
  acquittal: 'tried',
  disciplinary_sanction: 'investigation_opened',
  closed_without_action: 'submitted',
};

const fail = (error: AppError): StepCheck => ({ ok: false, error });

/** Checks `newStep` against the allegation and the steps already recorded; never throws. */
export function validateStep(
  allegation: Allegation,
  existingSteps: readonly Step[],
  newStep: Step,
  { today }: { today: string },
): StepCheck {
  const fieldError = checkFields(existingSteps, newStep);
  if (fieldError) return fail(fieldError);
  const dateError = checkDate(allegation, existingSteps, newStep, today);
  if (dateError) return fail(dateError);
  return checkOrder(existingSteps, newStep);
}

/** Same as validateStep, but throws the AppError: for service code that records in one go. */
export function assertValidStep(
  allegation: Allegation,
  existingSteps: readonly Step[],
  newStep: Step,
  options: { today: string },
): void {
  const check = validateStep(allegation, existingSteps, newStep, options);
  if (!check.ok) throw check.error;
}

function checkFields(existing: readonly Step[], step: Step): AppError | null {
  if (step.id.trim() === '') return invalid('id', 'a step needs an id');
  if (existing.some((s) => s.id === step.id))
    return new AppError('duplicate', `step ${step.id} is already recorded`, 'id');
  if (!STEP_KINDS.includes(step.kind)) return invalid('kind', `unknown step kind '${String(step.kind)}'`);
  if (step.recordedBy.trim() === '') return invalid('recordedBy', 'say who recorded the step');
  if (step.outOfOrderReason !== undefined && step.outOfOrderReason.trim() === '')
    return invalid('outOfOrderReason', 'an out-of-order reason cannot be empty');
  if (step.kind === 'official_response' && !OFFICIAL_RESPONSES.some((r) => r === step.response))
    return invalid('response', `an official response is one of: ${OFFICIAL_RESPONSES.join(', ')}`);
  if (step.kind === 'follow_up' && !FOLLOW_UPS.some((f) => f === step.followUp))
    return invalid('followUp', `a follow-up is one of: ${FOLLOW_UPS.join(', ')}`);
  if (step.kind === 'remedy' && !REMEDIES.some((r) => r === step.remedy))
    return invalid('remedy', `a remedy is one of: ${REMEDIES.join(', ')}`);
  if (step.kind === 'retraction' && step.correctsStepId === undefined)
    return invalid('correctsStepId', 'a retraction must name the step it voids');
  if (step.correctsStepId !== undefined) {
    const target = existing.find((s) => s.id === step.correctsStepId);
    if (!target) return invalid('correctsStepId', `step ${step.correctsStepId} does not exist`);
    if (target.kind === 'retraction') return invalid('correctsStepId', 'a retraction cannot be corrected');
    const by = supersededBy(existing).get(target.id);
    if (by !== undefined)
      return invalid('correctsStepId', `step ${target.id} was already corrected by ${by}: correct that one`);
  }
  return null;
}

function checkDate(
  allegation: Allegation,
  existing: readonly Step[],
  step: Step,
  today: string,
): AppError | null {
  const day = dayNumber(step.date);
  if (day === null) return invalid('date', `'${step.date}' is not a date written YYYY-MM-DD`);
  const todayNumber = dayNumber(today);
  if (todayNumber === null) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  if (day > todayNumber) return invalid('date', `${step.date} is in the future (today is ${today})`);
  if (step.date < allegation.incidentStartDate)
    return invalid('date', `${step.date} is before the incident began (${allegation.incidentStartDate})`);
  // A correction exists precisely to fix a date, so it may go back in time. A new step may too, but only
  // with a stated reason (we learned of it late), so that the history never reorders silently.
  if (step.correctsStepId === undefined && step.outOfOrderReason === undefined) {
    const last = effectiveSteps(existing).at(-1);
    if (last && step.date < last.date)
      return invalid(
        'date',
        `${step.date} is before the previous step (${last.kind} on ${last.date}); to fix an earlier record, record a correction; if this step was learned of late, give an outOfOrderReason`,
      );
  }
  return null;
}

function checkOrder(existing: readonly Step[], step: Step): StepCheck {
  // A new step follows everything recorded. A correction takes the corrected step's place in history:
  // judge it against the steps up to its own date, as if the corrected step had never been recorded.
  const base =
    step.correctsStepId === undefined
      ? existing
      : effectiveSteps(existing.filter((s) => s.id !== step.correctsStepId)).filter(
          (s) => s.date <= step.date,
        );
  const current = currentStage(base);
  const reason = step.outOfOrderReason !== undefined;
  const target = stageOfKind(step.kind);

  if (target === null) {
    if (step.kind === 'follow_up' && stageIndex(current.stage) < stageIndex('submitted'))
      return reason
        ? { ok: true, outOfOrder: true }
        : refuse(`a follow-up needs a submission first, but the allegation is still at 'documented'`);
    return { ok: true, outOfOrder: false };
  }
  if (current.stage === 'outcome')
    return fail(
      new AppError(
        'invalid_transition',
        `the allegation is closed ('${current.outcome ?? 'outcome'}' on ${current.since ?? '?'}); to change that, record a correction of step ${current.stepId ?? '?'}`,
        'kind',
      ),
    );

  const from = stageIndex(current.stage);
  const needed = isOutcomeKind(step.kind) ? stageIndex(OUTCOME_NEEDS[step.kind]) : stageIndex(target) - 1;
  const missing = STAGES.slice(from + 1, needed + 1).filter((s) => !IMPLIED_STAGES.has(s));
  const backwards = !isOutcomeKind(step.kind) && stageIndex(target) <= from;

  if (missing.length === 0 && !backwards) return { ok: true, outOfOrder: false };
  if (reason) return { ok: true, outOfOrder: true };
  if (backwards)
    return refuse(
      `'${step.kind}' does not follow '${current.stage}', which the allegation has already reached; give an outOfOrderReason if it really happened in this order, or record a correction`,
    );
  return refuse(
    `'${step.kind}' cannot be recorded before '${missing.join("', '")}' (the allegation is at '${current.stage}'); give an outOfOrderReason if it really happened in this order`,
  );
}

const refuse = (message: string): StepCheck => fail(new AppError('invalid_transition', message, 'kind'));
