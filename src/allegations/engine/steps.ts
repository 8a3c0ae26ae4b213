/**
 * Reading an allegation's history: which steps still count after corrections, the stage they reach,
 * and the full timeline with what superseded what. Nothing is ever dropped from the timeline.
 */
import { STAGES, type OutcomeKind, type Stage, type Step, type StepKind } from './types.js';

const OUTCOME_SET: ReadonlySet<string> = new Set<OutcomeKind>([
  'conviction',
  'acquittal',
  'disciplinary_sanction',
  'closed_without_action',
]);

export const isOutcomeKind = (kind: StepKind): kind is OutcomeKind => OUTCOME_SET.has(kind);

/** The stage a step kind moves to, or null for side steps (responses, remedies, follow-ups, retractions). */
export function stageOfKind(kind: StepKind): Stage | null {
  if (isOutcomeKind(kind)) return 'outcome';
  return (STAGES as readonly string[]).includes(kind) ? (kind as Stage) : null;
}

export const stageIndex = (stage: Stage): number => STAGES.indexOf(stage);

/** Map from a corrected step's id to the id of the step that superseded it (the latest one wins). */
export function supersededBy(steps: readonly Step[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of steps) if (s.correctsStepId !== undefined) map.set(s.correctsStepId, s.id);
  return map;
}

/** Steps that still count, by date (ties keep recording order): superseded steps and retractions removed. */
export function effectiveSteps(steps: readonly Step[]): Step[] {
  const superseded = supersededBy(steps);
  return steps
    .map((step, order) => ({ step, order }))
    .filter(({ step }) => !superseded.has(step.id) && step.kind !== 'retraction')
    .sort((a, b) => (a.step.date < b.step.date ? -1 : a.step.date > b.step.date ? 1 : a.order - b.order))
    .map(({ step }) => step);
}

export interface StageState {
  stage: Stage;
  /** Set when stage is `outcome`. */
  outcome: OutcomeKind | null;
  /** Date of the step that reached the stage; null while only documented. */
  since: string | null;
  stepId: string | null;
}

/** The furthest stage the effective steps reach (steps recorded out of order still count). */
export function currentStage(steps: readonly Step[]): StageState {
  let state: StageState = { stage: 'documented', outcome: null, since: null, stepId: null };
  for (const step of effectiveSteps(steps)) {
    const stage = stageOfKind(step.kind);
    if (stage === null || stageIndex(stage) < stageIndex(state.stage)) continue;
    // Equal stage: the later step is the current one (e.g. a second outcome after an appeal).
    state = {
      stage,
      outcome: isOutcomeKind(step.kind) ? step.kind : null,
      since: step.date,
      stepId: step.id,
    };
  }
  return state;
}

/** First date each stage was reached (a later stage implies the earlier ones were reached by then). */
export function stageReachedDates(steps: readonly Step[]): Partial<Record<Stage, string>> {
  const reached: Partial<Record<Stage, string>> = {};
  for (const step of effectiveSteps(steps)) {
    const stage = stageOfKind(step.kind);
    if (stage === null) continue;
    reached[stage] ??= step.date;
  }
  return reached;
}

export interface TimelineEntry {
  step: Step;
  effective: boolean;
  supersededBy: string | null;
  /** The stage after this step, counting only effective steps up to it; null for superseded ones. */
  stageAfter: Stage | null;
}

/** Every step ever recorded, by date, marked effective or superseded, with the stage each one led to. */
export function timeline(steps: readonly Step[]): TimelineEntry[] {
  const superseded = supersededBy(steps);
  const effective = effectiveSteps(steps);
  const ordered = steps
    .map((step, order) => ({ step, order }))
    .sort((a, b) => (a.step.date < b.step.date ? -1 : a.step.date > b.step.date ? 1 : a.order - b.order));
  return ordered.map(({ step }) => {
    const isEffective = !superseded.has(step.id) && step.kind !== 'retraction';
    const upTo = isEffective ? effective.slice(0, effective.indexOf(step) + 1) : null;
    return {
      step,
      effective: isEffective,
      supersededBy: superseded.get(step.id) ?? null,
      stageAfter: upTo === null ? null : currentStage(upTo).stage,
    };
  });
}
