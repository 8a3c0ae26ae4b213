/**
 * Deadlines are the organisation's policy, not law: no instrument gives a number of days (RULES.md). A
 * policy is data; every flag it raises says "Policy:" so that no one reads it as a legal limit.
 */
import { invalid } from '../../shared/errors.js';
import { addDays, daysBetween, isDay } from './dates.js';
import { currentStage, effectiveSteps, stageIndex, stageOfKind } from './steps.js';
import { STAGES, STEP_KINDS, type AllegationWithSteps, type Stage, type StepKind } from './types.js';

export type FlagKind = 'overdue' | 'follow_up';
/** A stage (reached at any time counts) or a step kind (recorded on or after the clock started). */
export type Expectation = Stage | StepKind;

export interface PolicyRule {
  id: string;
  /** The clock starts when the allegation first reaches this stage... */
  afterStage?: Stage;
  /** ...or at the latest step of this kind (so each reminder restarts it). */
  afterStep?: StepKind;
  waitDays: number;
  /** What should have happened by then; any one of a list is enough. */
  expect: Expectation | Expectation[];
  action: FlagKind;
  label: string;
}

export interface Policy {
  rules: PolicyRule[];
}

export interface DeadlineFlag {
  allegationId: string;
  ruleId: string;
  kind: FlagKind;
  dueDate: string;
  daysLate: number;
  label: string;
}

/** A starting policy; organisations are expected to set their own. */
export const DEFAULT_POLICY: Policy = {
  rules: [
    {
      id: 'submit-after-documenting',
      afterStage: 'documented',
      waitDays: 30,
      expect: 'submitted',
      action: 'follow_up',
      label: 'Policy: submit an allegation to an authority within 30 days of documenting it',
    },
    {
      id: 'response-after-submission',
      afterStage: 'submitted',
      waitDays: 14,
      expect: ['acknowledged', 'official_response'],
      action: 'follow_up',
      label: 'Policy: no acknowledgement or response 14 days after submission, send a reminder',
    },
    {
      id: 'acknowledgement-after-reminder',
      afterStep: 'follow_up',
      waitDays: 21,
      expect: ['acknowledged', 'official_response'],
      action: 'overdue',
      label: 'Policy: no acknowledgement or response 21 days after our follow-up',
    },
    {
      id: 'investigation-after-submission',
      afterStage: 'submitted',
      waitDays: 30,
      expect: 'investigation_opened',
      action: 'overdue',
      label: 'Policy: investigation not opened 30 days after submission',
    },
    {
      id: 'progress-after-investigation',
      afterStage: 'investigation_opened',
      waitDays: 90,
      expect: 'suspects_identified',
      action: 'follow_up',
      label: 'Policy: ask for progress when no suspect is identified 90 days after the investigation opened',
    },
    {
      id: 'result-after-investigation',
      afterStage: 'investigation_opened',
      waitDays: 365,
      expect: 'charged',
      action: 'overdue',
      label: 'Policy: no charges or outcome a year after the investigation opened',
    },
    {
      id: 'trial-after-charges',
      afterStage: 'charged',
      waitDays: 365,
      expect: 'tried',
      action: 'follow_up',
      label: 'Policy: no trial a year after charges',
    },
    {
      id: 'remedy-after-conviction',
      afterStep: 'conviction',
      waitDays: 180,
      expect: 'remedy',
      action: 'follow_up',
      label: 'Policy: no reparation recorded 180 days after a conviction',
    },
  ],
};

const isStage = (e: string): e is Stage => (STAGES as readonly string[]).includes(e);

/** A label that says it is policy, whatever the rule's author wrote. */
export const policyLabel = (label: string): string => (/^policy\b/i.test(label) ? label : `Policy: ${label}`);

/** Throws validation_failed on the first malformed rule (for the lead's edge validation and tests). */
export function assertValidPolicy(policy: Policy): void {
  const ids = new Set<string>();
  policy.rules.forEach((rule, i) => {
    const at = `rules[${i}]`;
    if (rule.id.trim() === '' || ids.has(rule.id))
      throw invalid(`${at}.id`, 'rule ids must be unique and non-empty');
    ids.add(rule.id);
    if ((rule.afterStage === undefined) === (rule.afterStep === undefined))
      throw invalid(at, 'give exactly one of afterStage and afterStep');
    if (rule.afterStage !== undefined && !isStage(rule.afterStage))
      throw invalid(`${at}.afterStage`, 'unknown stage');
    if (rule.afterStep !== undefined && !STEP_KINDS.includes(rule.afterStep))
      throw invalid(`${at}.afterStep`, 'unknown step kind');
    if (!Number.isInteger(rule.waitDays) || rule.waitDays < 0)
      throw invalid(`${at}.waitDays`, 'a whole number of days, zero or more');
    const expects = [rule.expect].flat();
    if (expects.length === 0 || expects.some((e) => !isStage(e) && !STEP_KINDS.includes(e)))
      throw invalid(`${at}.expect`, 'expect a stage or a step kind');
  });
}

/** The flags `policy` raises for one allegation on `today` (only those already late). */
export function evaluateDeadlines(
  { allegation, steps }: AllegationWithSteps,
  policy: Policy,
  today: string,
): DeadlineFlag[] {
  if (!isDay(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  const effective = effectiveSteps(steps);
  const reached = stageIndex(currentStage(steps).stage);
  const flags: DeadlineFlag[] = [];
  for (const rule of policy.rules) {
    const start = clockStart(rule, effective, allegation.documentedOn ?? allegation.incidentStartDate);
    if (start === null) continue;
    const met = [rule.expect]
      .flat()
      .some((e) =>
        isStage(e) ? reached >= stageIndex(e) : effective.some((s) => s.kind === e && s.date >= start),
      );
    // A reminder answers a follow-up flag; the next rule watches what comes of it.
    const followedUp =
      rule.action === 'follow_up' && effective.some((s) => s.kind === 'follow_up' && s.date >= start);
    if (met || followedUp) continue;
    const dueDate = addDays(start, rule.waitDays);
    const daysLate = daysBetween(dueDate, today);
    if (daysLate <= 0) continue;
    flags.push({
      allegationId: allegation.id,
      ruleId: rule.id,
      kind: rule.action,
      dueDate,
      daysLate,
      label: policyLabel(rule.label),
    });
  }
  return flags;
}

function clockStart(
  rule: PolicyRule,
  effective: ReturnType<typeof effectiveSteps>,
  documentedOn: string,
): string | null {
  if (rule.afterStep !== undefined)
    return effective.filter((s) => s.kind === rule.afterStep).at(-1)?.date ?? null;
  if (rule.afterStage === undefined) return null;
  if (rule.afterStage === 'documented') return documentedOn;
  const from = stageIndex(rule.afterStage);
  return (
    effective.find((s) => {
      const stage = stageOfKind(s.kind);
      return stage !== null && stageIndex(stage) >= from;
    })?.date ?? null
  );
}

/** Every late flag across allegations, most days late first. */
export function overdueList(
  items: readonly AllegationWithSteps[],
  policy: Policy,
  today: string,
  { kinds = ['overdue', 'follow_up'] }: { kinds?: FlagKind[] } = {},
): DeadlineFlag[] {
  return items
    .flatMap((item) => evaluateDeadlines(item, policy, today))
    .filter((f) => kinds.includes(f.kind))
    .sort(
      (a, b) =>
        b.daysLate - a.daysLate ||
        a.allegationId.localeCompare(b.allegationId) ||
        a.ruleId.localeCompare(b.ruleId),
    );
}
