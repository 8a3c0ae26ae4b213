/**
 * Reading allegations: one with its timeline, deadline flags and investigation checklist; a case's list;
 * what is overdue by a case's policy; statistics. Also the checklist write, which is tracking data.
 */
import { appendAudit } from '../audit/audit-log.js';
import { getCase } from '../cases/case.service.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { updateVersioned } from '../shared/versioned-update.js';
import { loadPolicy } from './allegation-policy.js';
import { documentedStepOf, toEngine, toSummary } from './allegation.mapper.js';
import {
  loadCaseAllegations,
  loadOneAllegation,
  todayOf,
  type Clock,
  type LoadedAllegation,
} from './allegation.load.js';
import { checklistInput, type AllegationDetail, type AllegationSummary } from './allegation.schema.js';
import {
  INVESTIGATION_CHECKLIST,
  allegationStats,
  evaluateDeadlines,
  overdueList,
  scoreInvestigation,
  timeline,
  type AllegationStats,
  type ChecklistAnswer,
  type DeadlineFlag,
  type FlagKind,
} from './engine/index.js';

function detail(loaded: LoadedAllegation, policy: Awaited<ReturnType<typeof loadPolicy>>, today: string) {
  const engine = toEngine(loaded.record, loaded.acts);
  const documented = documentedStepOf(loaded.record);
  const answers = loaded.record.row.checklist as ChecklistAnswer[];
  const result: AllegationDetail = {
    ...toSummary(loaded.record, loaded.acts),
    timeline: [
      ...(documented
        ? [
            {
              step: documented,
              effective: true as const,
              supersededBy: null,
              stageAfter: 'documented' as const,
            },
          ]
        : []),
      ...timeline(engine.steps),
    ],
    flags: evaluateDeadlines(engine, policy.policy, today),
    policy: { label: policy.label, isDefault: policy.isDefault },
    checklist: { items: INVESTIGATION_CHECKLIST, answers, score: scoreInvestigation(answers) },
  };
  return result;
}

/** One allegation with its current stage, timeline, deadline flags (as of `today`) and checklist. */
export async function getAllegation(
  ctx: ServiceContext,
  id: string,
  clock: Clock = {},
): Promise<AllegationDetail> {
  const today = todayOf(clock);
  const loaded = await loadOneAllegation(ctx.db, id);
  if (!loaded) throw notFound('allegation', id);
  return detail(loaded, await loadPolicy(ctx.db, loaded.record.row.case_id), today);
}

export interface AllegationListItem extends AllegationSummary {
  /** How many policy flags are late today. */
  flags: number;
}

/** A case's allegations (case id or slug), urgent ones first, each with its stage and late flags. */
export async function listAllegations(
  ctx: ServiceContext,
  caseIdOrSlug: string,
  clock: Clock = {},
): Promise<AllegationListItem[]> {
  const today = todayOf(clock);
  const kase = await getCase(ctx, caseIdOrSlug);
  const policy = await loadPolicy(ctx.db, kase.id);
  const rank = { urgent: 0, high: 1, normal: 2 } as const;
  return (await loadCaseAllegations(ctx.db, kase.id))
    .map((loaded) => ({
      ...toSummary(loaded.record, loaded.acts),
      flags: evaluateDeadlines(toEngine(loaded.record, loaded.acts), policy.policy, today).length,
    }))
    .sort(
      (a, b) =>
        (a.priority ? rank[a.priority] : 3) - (b.priority ? rank[b.priority] : 3) ||
        (a.incidentStartDate ?? '').localeCompare(b.incidentStartDate ?? '') ||
        a.title.localeCompare(b.title),
    );
}

export interface OverdueItem extends DeadlineFlag {
  title: string;
}

/** Every late policy flag of a case as of `today`, most days late first, with the allegation's title. */
export async function overdue(
  ctx: ServiceContext,
  caseIdOrSlug: string,
  options: Clock & { kinds?: FlagKind[] } = {},
): Promise<{ policy: string; items: OverdueItem[] }> {
  const today = todayOf(options);
  const kase = await getCase(ctx, caseIdOrSlug);
  const policy = await loadPolicy(ctx.db, kase.id);
  const loaded = await loadCaseAllegations(ctx.db, kase.id);
  const titles = new Map(loaded.map((l) => [l.record.row.id, l.record.row.title]));
  const flags = overdueList(
    loaded.map((l) => toEngine(l.record, l.acts)),
    policy.policy,
    today,
    options.kinds ? { kinds: options.kinds } : {},
  );
  return {
    policy: policy.label,
    items: flags.map((f) => ({ ...f, title: titles.get(f.allegationId) ?? '' })),
  };
}

/** Statistics of a case's allegations as of `today`: stages, outcomes, delays, impunity, per authority. */
export async function stats(
  ctx: ServiceContext,
  caseIdOrSlug: string,
  clock: Clock = {},
): Promise<AllegationStats & { today: string }> {
  const today = todayOf(clock);
  const kase = await getCase(ctx, caseIdOrSlug);
  const loaded = await loadCaseAllegations(ctx.db, kase.id);
  return {
    ...allegationStats(
      loaded.map((l) => toEngine(l.record, l.acts)),
      today,
    ),
    today,
  };
}

/** Records the investigation checklist answers (the whole set, versioned) and returns the scored allegation. */
export async function setChecklist(
  ctx: ServiceContext,
  id: string,
  raw: unknown,
  clock: Clock = {},
): Promise<AllegationDetail> {
  const { version, answers } = parseInput(checklistInput, raw);
  scoreInvestigation(answers); // refuses duplicates and answers without a source, naming the item
  return inTransaction(ctx.db, async (trx) => {
    const before = await getAllegation({ ...ctx, db: trx }, id, clock);
    await updateVersioned(
      trx,
      'allegations',
      id,
      version,
      { checklist: JSON.stringify(answers) },
      'allegation',
    );
    const after = await getAllegation({ ...ctx, db: trx }, id, clock);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'allegation.checklist',
      entity: 'allegation',
      entityId: id,
      before: before.checklist.answers,
      after: after.checklist.answers,
    });
    return after;
  });
}
