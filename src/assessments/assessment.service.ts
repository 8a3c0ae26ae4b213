/**
 * Assessments: every act measured against the UN standards (src/standards), one stored finding per rule
 * that applies, each citing instrument and paragraph and naming the facts it is missing. Re-assessing after
 * facts change recomputes the findings and reports the difference; a reviewer confirms or overrides a
 * finding with a reason, and both the computed and the reviewed finding are kept. Every write is audited.
 */
import { randomUUID } from 'node:crypto';
import type { Insertable, Transaction } from 'kysely';
import { appendAudit, appendAuditBatch, type AuditEntryInput } from '../audit/audit-log.js';
import { getCase } from '../cases/case.service.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { getIncident } from '../incidents/incident.service.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, isAppError, notFound } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { updateVersioned } from '../shared/versioned-update.js';
import {
  CHARACTER_FACTS,
  RULES,
  assessAct,
  diffAssessments,
  parseActFacts,
  parseIncidentFacts,
  pickHeadline,
  summaryFromCounts,
  type ActAssessment,
  type Finding,
} from '../standards/index.js';
import { mergedActFacts } from './act-facts.js';
import {
  countActs,
  findAssessmentForUpdate,
  selectActIds,
  selectActsForAssessment,
  selectStoredFindings,
  stampAssessed,
  updateFindingCounts,
  type ActFindingCounts,
  type ActToAssess,
  type AssessmentRow,
  type AssessScope,
} from './assessment.repository.js';
import {
  reviewInput,
  type ActAssessmentResult,
  type CaseAssessmentRun,
  type CaseAssessmentSummary,
  type StoredFinding,
} from './assessment.schema.js';
import { engineFingerprint } from './engine-fingerprint.js';

/** Acts assessed per transaction when a whole case is assessed: short locks, bounded memory. */
export const ASSESS_BATCH_SIZE = 500;
/**
 * Reading the case summary re-assesses at most this many stale acts; beyond that (after an import, or a
 * new version of the rules) it shows the stored findings and says how many acts await assessment.
 */
export const SUMMARY_REASSESS_LIMIT = 2_000;

const CATALOGUE_ORDER = new Map(RULES.map((rule, i) => [rule.id, i]));
const byCatalogue = (a: { rule: string }, b: { rule: string }) =>
  (CATALOGUE_ORDER.get(a.rule) ?? Infinity) - (CATALOGUE_ORDER.get(b.rule) ?? Infinity);

export function toStoredFinding(row: AssessmentRow): StoredFinding {
  return {
    id: row.id,
    act_id: row.act_id,
    rule: row.rule_id,
    instrument: row.instrument as Finding['instrument'],
    paragraphs: row.paragraphs,
    finding: row.finding as Finding['finding'],
    explanation: row.explanation,
    missing_facts: row.missing_facts as Finding['missing_facts'],
    reviewed_finding: row.reviewed_finding,
    review_reason: row.review_reason,
    reviewed_by: row.reviewed_by,
    reviewed_at: row.reviewed_at,
    version: row.version,
  };
}

/** Rebuilds an engine assessment from stored findings, so it can be diffed or summarised. */
function asAssessment(findings: readonly Finding[]): ActAssessment {
  const ordered = [...findings].sort(byCatalogue);
  return {
    findings: ordered,
    headline: pickHeadline(ordered),
    missingFacts: [...new Set(ordered.flatMap((f) => f.missing_facts))],
  };
}

/** Runs the engine on an act's stored facts; stored facts that no longer validate name the act. */
function computeAssessment(act: ActToAssess): ActAssessment {
  try {
    const incident = parseIncidentFacts(act.incident_facts);
    const facts = parseActFacts(
      mergedActFacts({
        methods: act.methods,
        victimRole: act.victim_role,
        facts: act.facts,
        perpetratorKind: act.perpetrator_kind,
      }),
    );
    return assessAct(facts, incident);
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new AppError(
      error.code,
      `act ${act.id} cannot be assessed: facts.${error.message}`,
      `facts.${error.field ?? ''}`.replace(/\.$/, ''),
    );
  }
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const changed = (row: AssessmentRow, f: Finding) =>
  row.finding !== f.finding ||
  row.explanation !== f.explanation ||
  row.instrument !== f.instrument ||
  !sameList(row.paragraphs, f.paragraphs) ||
  !sameList(row.missing_facts, f.missing_facts);

const computedColumns = (f: Finding) => ({
  instrument: f.instrument,
  paragraphs: f.paragraphs,
  finding: f.finding,
  explanation: f.explanation,
  missing_facts: f.missing_facts,
});

/** An act's effective findings (a review in place of the computed one), as the case summary counts them. */
function findingCounts(findings: readonly StoredFinding[]): ActFindingCounts {
  const effective = findings.map((f) => ({ ...f, finding: f.reviewed_finding ?? f.finding }));
  const rulesWith = (kind: string) => effective.filter((f) => f.finding === kind).map((f) => f.rule);
  return {
    violations: rulesWith('violation'),
    possible_violations: rulesWith('possible_violation'),
    kinds: [...new Set(effective.map((f) => f.finding))],
    needs_character: findings.some((f) => f.missing_facts.some((m) => CHARACTER_FACTS.includes(m))),
  };
}

/** What storing one batch of findings writes: collected so inserts and audit entries go out in bulk. */
interface PendingWrites {
  inserts: Insertable<Database['assessments']>[];
  deletes: string[];
  audit: AuditEntryInput[];
}

/**
 * Plans an act's findings: inserts new rules, updates changed ones (keeping any review; rare, so done
 * here), deletes rules that no longer apply. Unchanged findings are not touched, so re-assessing unchanged
 * facts writes nothing. Every write gets its own audit entry, as before and after.
 */
async function storeFindings(
  trx: Transaction<Database>,
  actor: string,
  actId: string,
  findings: readonly Finding[],
  previous: readonly AssessmentRow[],
  pending: PendingWrites,
): Promise<StoredFinding[]> {
  const old = new Map(previous.map((row) => [row.rule_id, row]));
  const audit = (action: string, id: string, before: unknown, after: unknown) =>
    pending.audit.push({ actor, action, entity: 'assessment', entityId: id, before, after });
  const kept: StoredFinding[] = [];
  for (const f of findings) {
    const row = old.get(f.rule);
    if (!row) {
      const values = { id: randomUUID(), act_id: actId, rule_id: f.rule, ...computedColumns(f) };
      pending.inserts.push(values);
      const after: StoredFinding = {
        id: values.id,
        act_id: actId,
        rule: f.rule,
        ...computedColumns(f),
        reviewed_finding: null,
        review_reason: null,
        reviewed_by: null,
        reviewed_at: null,
        version: 1,
      };
      audit('assessment.create', after.id, null, after);
      kept.push(after);
    } else if (changed(row, f)) {
      const updated = await updateVersioned(
        trx,
        'assessments',
        row.id,
        row.version,
        computedColumns(f),
        'assessment',
      );
      const after = toStoredFinding(updated);
      audit('assessment.update', row.id, toStoredFinding(row), after);
      kept.push(after);
    } else kept.push(toStoredFinding(row));
  }
  const applies = new Set(findings.map((f) => f.rule));
  for (const row of previous.filter((r) => !applies.has(r.rule_id))) {
    pending.deletes.push(row.id);
    audit('assessment.delete', row.id, toStoredFinding(row), null);
  }
  return kept;
}

async function flush(trx: Transaction<Database>, pending: PendingWrites): Promise<void> {
  // 1,000 rows of 8 values stay well under PostgreSQL's 65,535 parameters a statement.
  for (let i = 0; i < pending.inserts.length; i += 1000)
    await trx
      .insertInto('assessments')
      .values(pending.inserts.slice(i, i + 1000))
      .execute();
  if (pending.deletes.length > 0)
    await trx.deleteFrom('assessments').where('id', 'in', pending.deletes).execute();
  await appendAuditBatch(trx, pending.audit);
}

async function assessActs(
  trx: Transaction<Database>,
  actor: string,
  acts: readonly ActToAssess[],
): Promise<ActAssessmentResult[]> {
  const stored = new Map<string, AssessmentRow[]>();
  for (const row of await selectStoredFindings(
    trx,
    acts.map((a) => a.id),
  ))
    stored.set(row.act_id, [...(stored.get(row.act_id) ?? []), row]);
  const pending: PendingWrites = { inserts: [], deletes: [], audit: [] };
  const results: ActAssessmentResult[] = [];
  const stamps: { act: ActToAssess; counts: ActFindingCounts }[] = [];
  for (const act of acts) {
    const previous = stored.get(act.id) ?? [];
    const computed = computeAssessment(act);
    const before = asAssessment(previous.map(toStoredFinding));
    const findings = await storeFindings(trx, actor, act.id, computed.findings, previous, pending);
    stamps.push({ act, counts: findingCounts(findings) });
    results.push({
      incident: { id: act.incident_id, title: act.incident_title },
      act: {
        id: act.id,
        actType: act.act_type,
        perpetratorLabel: act.perpetrator_label,
        victimLabel: act.victim_label,
      },
      headline: findings.find((f) => f.rule === computed.headline?.rule) ?? null,
      findings,
      missingFacts: computed.missingFacts,
      diff: diffAssessments(before, computed),
    });
  }
  await flush(trx, pending);
  await stampAssessed(trx, stamps, engineFingerprint());
  return results;
}

const chunks = <T>(xs: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

/** Assesses the given acts, `batchSize` per transaction, handing each batch's results to `each`. */
async function assessInBatches(
  ctx: ServiceContext,
  ids: readonly string[],
  batchSize: number,
  each: (results: ActAssessmentResult[]) => void,
): Promise<number> {
  const batches = chunks(ids, batchSize);
  for (const batch of batches)
    each(
      await inTransaction(ctx.db, async (trx) =>
        assessActs(trx, ctx.actor, await selectActsForAssessment(trx, batch)),
      ),
    );
  return batches.length;
}

/** Assesses every act of an incident, stores the findings, and returns them with what changed. */
export async function assessIncident(
  ctx: ServiceContext,
  incidentId: string,
): Promise<ActAssessmentResult[]> {
  return inTransaction(ctx.db, async (trx) => {
    const incident = await getIncident({ ...ctx, db: trx }, incidentId);
    const ids = await selectActIds(trx, { incidentId: incident.id });
    return assessActs(trx, ctx.actor, await selectActsForAssessment(trx, ids));
  });
}

/**
 * Assesses every act of a case (by id or slug), 500 acts per transaction, and returns every act's findings
 * with what changed. For the command line; a large case is better assessed with `runCaseAssessment`.
 */
export async function assessCase(ctx: ServiceContext, caseId: string): Promise<ActAssessmentResult[]> {
  const kase = await getCase(ctx, caseId);
  const ids = await selectActIds(ctx.db, { caseId: kase.id });
  const results: ActAssessmentResult[] = [];
  await assessInBatches(ctx, ids, ASSESS_BATCH_SIZE, (batch) => results.push(...batch));
  return results;
}

/**
 * Brings a case's stored findings up to date, `batchSize` acts per transaction: the acts whose facts, incident,
 * perpetrator or rules changed since they were last assessed, or every act with `all`. Reports counts, not
 * findings, so it suits a case of any size.
 */
export async function runCaseAssessment(
  ctx: ServiceContext,
  caseId: string,
  options: { all?: boolean; batchSize?: number } = {},
): Promise<CaseAssessmentRun> {
  const kase = await getCase(ctx, caseId);
  const scope: AssessScope = { caseId: kase.id };
  const ids = await selectActIds(ctx.db, scope, options.all ? undefined : engineFingerprint());
  const run = { assessed: 0, changed: 0, findingsChanged: 0 };
  const batches = await assessInBatches(ctx, ids, options.batchSize ?? ASSESS_BATCH_SIZE, (results) => {
    run.assessed += results.length;
    for (const r of results) {
      if (r.diff.changes.length > 0) run.changed++;
      run.findingsChanged += r.diff.changes.length;
    }
  });
  const { acts } = await countActs(ctx.db, kase.id, engineFingerprint());
  return { caseId: kase.id, acts, ...run, batches };
}

/**
 * Records a reviewer's decision on one finding: `confirmed`, or an override that needs a written reason.
 * The computed finding stays as it is; the reviewed one is kept beside it.
 */
export async function reviewFinding(
  ctx: ServiceContext,
  assessmentId: string,
  raw: unknown,
): Promise<StoredFinding> {
  const input = parseInput(reviewInput, raw);
  if (!/^[0-9a-f-]{36}$/i.test(assessmentId)) throw notFound('assessment', assessmentId);
  return inTransaction(ctx.db, async (trx) => {
    const row = await findAssessmentForUpdate(trx, assessmentId);
    if (!row) throw notFound('assessment', assessmentId);
    const reviewed = input.finding === 'confirmed' ? row.finding : input.finding;
    const override = reviewed !== row.finding;
    const reason = input.reason ? input.reason : null;
    if (override && !reason)
      throw new AppError(
        'validation_failed',
        `reason: overriding the computed finding (${row.finding}) with ${reviewed} needs a written reason`,
        'reason',
      );
    const updated = await updateVersioned(
      trx,
      'assessments',
      row.id,
      input.version,
      {
        reviewed_finding: reviewed,
        review_reason: reason,
        reviewed_by: ctx.actor,
        reviewed_at: new Date().toISOString(),
      },
      'assessment',
    );
    const after = toStoredFinding(updated);
    const siblings = await selectStoredFindings(trx, [row.act_id]);
    await updateFindingCounts(trx, row.act_id, findingCounts(siblings.map(toStoredFinding)));
    await appendAudit(trx, {
      actor: ctx.actor,
      action: override ? 'assessment.override' : 'assessment.confirm',
      entity: 'assessment',
      entityId: row.id,
      before: toStoredFinding(row),
      after,
    });
    return after;
  });
}

/**
 * The case summary ("2 acts inconsistent with LLW 7.5; …") from the stored findings, counted in SQL. Acts whose
 * facts changed since they were last assessed are re-assessed first (up to SUMMARY_REASSESS_LIMIT; more are
 * reported as awaiting assessment). A reviewer's finding counts instead of the computed one, since the
 * summary states the reviewed position.
 */
export async function summariseCase(
  ctx: ServiceContext,
  caseId: string,
  options: { reassessLimit?: number } = {},
): Promise<CaseAssessmentSummary> {
  const kase = await getCase(ctx, caseId);
  const engine = engineFingerprint();
  let counts = await countActs(ctx.db, kase.id, engine);
  if (counts.stale > 0 && counts.stale <= (options.reassessLimit ?? SUMMARY_REASSESS_LIMIT)) {
    const ids = await selectActIds(ctx.db, { caseId: kase.id }, engine);
    await assessInBatches(ctx, ids, ASSESS_BATCH_SIZE, () => undefined);
    counts = await countActs(ctx.db, kase.id, engine);
  }
  const { acts, stale } = counts;
  const summary = summaryFromCounts({
    perRule: counts.perRule,
    perKind: counts.perKind,
    needingCharacter: counts.needingCharacter,
  });
  const lines: CaseAssessmentSummary['lines'] = [...summary.lines];
  if (stale > 0)
    lines.push({
      kind: 'awaiting_assessment',
      rule: null,
      acts: stale,
      text:
        stale === 1
          ? '1 act awaits assessment on its current facts'
          : `${stale} acts await assessment on their current facts`,
    });
  return { caseId: kase.id, acts, stale, lines, text: lines.map((l) => l.text).join('; ') };
}
