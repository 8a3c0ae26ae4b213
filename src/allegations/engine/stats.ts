/**
 * Counts and delays across allegations, overall, per case and per authority: how many reached each stage,
 * how long authorities took, what share were investigated, and how many ended in impunity.
 */
import { daysBetween, median } from './dates.js';
import { impunityStatus, type ImpunityStatus } from './impunity.js';
import { currentStage, effectiveSteps, stageIndex, stageOfKind } from './steps.js';
import {
  OUTCOME_KINDS,
  STAGES,
  type AllegationWithSteps,
  type OutcomeKind,
  type Stage,
  type Step,
} from './types.js';

export interface StatsSummary {
  total: number;
  byStage: Record<Stage, number>;
  byOutcome: Record<OutcomeKind, number>;
  /** Medians in days over the allegations where both ends are known; null when there are none. */
  medianDays: {
    submittedToAcknowledged: number | null;
    submittedToInvestigation: number | null;
    investigationToOutcome: number | null;
  };
  submitted: number;
  investigated: number;
  /** investigated / submitted; null when nothing was submitted. */
  shareInvestigated: number | null;
  /** For submitted allegations still without an investigation: median days they have waited by today. */
  medianDaysWaitingForInvestigation: number | null;
  impunity: Record<ImpunityStatus, number>;
}

export interface AllegationStats {
  overall: StatsSummary;
  byCase: Record<string, StatsSummary>;
  /** Keyed by the authority's name, or 'unassigned'. */
  byAuthority: Record<string, StatsSummary>;
  /** Keyed by authority kind (prosecutor, ombudsman, …), or 'unassigned'. */
  byAuthorityKind: Record<string, StatsSummary>;
}

interface Milestones {
  submitted: string | null;
  acknowledged: string | null;
  investigated: string | null;
  outcome: string | null;
}

/** First date at or beyond a stage; closing without action is an answer but not an investigation. */
function milestones(steps: readonly Step[]): Milestones {
  const effective = effectiveSteps(steps);
  const firstAtLeast = (stage: Stage, countClosure: boolean) =>
    effective.find((s) => {
      const reached = stageOfKind(s.kind);
      if (reached === null || (!countClosure && s.kind === 'closed_without_action')) return false;
      return stageIndex(reached) >= stageIndex(stage);
    })?.date ?? null;
  return {
    submitted: firstAtLeast('submitted', true),
    acknowledged: firstAtLeast('acknowledged', true),
    investigated: firstAtLeast('investigation_opened', false),
    outcome: firstAtLeast('outcome', true),
  };
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const gap = (from: string | null, to: string | null): number[] =>
  from !== null && to !== null ? [daysBetween(from, to)] : [];

function summarise(items: readonly AllegationWithSteps[], today: string): StatsSummary {
  const byStage = zeroes(STAGES);
  const byOutcome = zeroes(OUTCOME_KINDS);
  const impunity = zeroes(['no_progress', 'partial_justice', 'full_justice'] as const);
  const toAck: number[] = [];
  const toInvestigation: number[] = [];
  const toOutcome: number[] = [];
  const waiting: number[] = [];
  let submitted = 0;
  let investigated = 0;
  for (const { allegation, steps } of items) {
    const state = currentStage(steps);
    byStage[state.stage] += 1;
    if (state.outcome) byOutcome[state.outcome] += 1;
    impunity[impunityStatus(allegation, steps)] += 1;
    const m = milestones(steps);
    if (m.submitted !== null) submitted += 1;
    if (m.investigated !== null) investigated += 1;
    toAck.push(...gap(m.submitted, m.acknowledged));
    toInvestigation.push(...gap(m.submitted, m.investigated));
    toOutcome.push(...gap(m.investigated, m.outcome));
    if (m.submitted !== null && m.investigated === null && state.stage !== 'outcome')
      waiting.push(daysBetween(m.submitted, today));
  }
  return {
    total: items.length,
    byStage,
    byOutcome,
    medianDays: {
      submittedToAcknowledged: median(toAck),
      submittedToInvestigation: median(toInvestigation),
      investigationToOutcome: median(toOutcome),
    },
    submitted,
    investigated,
    shareInvestigated: submitted === 0 ? null : investigated / submitted,
    medianDaysWaitingForInvestigation: median(waiting),
    impunity,
  };
}

function groupBy(items: readonly AllegationWithSteps[], key: (i: AllegationWithSteps) => string) {
  const groups = new Map<string, AllegationWithSteps[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** Statistics overall, per case and per authority, as of `today`. */
export function allegationStats(items: readonly AllegationWithSteps[], today: string): AllegationStats {
  const per = (key: (i: AllegationWithSteps) => string) =>
    Object.fromEntries(groupBy(items, key).map(([k, group]) => [k, summarise(group, today)]));
  return {
    overall: summarise(items, today),
    byCase: per((i) => i.allegation.caseId),
    byAuthority: per((i) => i.allegation.authority?.name ?? 'unassigned'),
    byAuthorityKind: per((i) => i.allegation.authority?.kind ?? 'unassigned'),
  };
}
