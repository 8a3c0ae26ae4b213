/**
 * SQL for assessments: the acts to assess (with their incident and perpetrator kind), which of them are stale,
 * stored findings, the stamp of what each act was assessed on, and the case summary's counts.
 */
import { sql, type Transaction } from 'kysely';
import type { Database, Row } from '../db/schema.js';
import type { Executor } from '../db/transaction.js';

export type AssessScope = { incidentId: string } | { caseId: string };

/** Acts of one incident, or of every live (not merged) incident of a case. */
function actsInScope(db: Executor, scope: AssessScope) {
  const query = db
    .selectFrom('acts as a')
    .innerJoin('incidents as i', 'i.id', 'a.incident_id')
    .leftJoin('actors as p', 'p.id', 'a.perpetrator_id');
  return 'incidentId' in scope
    ? query.where('i.id', '=', scope.incidentId)
    : query.where('i.case_id', '=', scope.caseId).where('i.merged_into_id', 'is', null);
}

/**
 * An act is stale when it was never assessed, or when the act, its incident, its linked perpetrator or the
 * rules changed since: every edit bumps a record's version, so versions (not clocks) decide.
 */
const isStale = (engine: string) => sql<boolean>`(s.act_id IS NULL
  OR s.engine <> ${engine}
  OR s.act_version <> a.version
  OR s.incident_id <> a.incident_id
  OR s.incident_version <> i.version
  OR s.perpetrator_version IS DISTINCT FROM p.version)`;

/**
 * Ids of the acts in scope, oldest incident first; with `staleFor`, only the acts whose stored assessment
 * is stale for that engine fingerprint. EXPLAIN (100,000 acts, PGlite): hash joins of acts, incidents,
 * actors and the state table, one sequential pass each.
 */
export async function selectActIds(db: Executor, scope: AssessScope, staleFor?: string): Promise<string[]> {
  let query = actsInScope(db, scope).leftJoin('act_assessment_state as s', 's.act_id', 'a.id').select('a.id');
  if (staleFor !== undefined) query = query.where(isStale(staleFor));
  const rows = await query
    .orderBy('i.date_start', (ob) => ob.asc().nullsLast())
    .orderBy('i.id')
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => r.id);
}

/** How many acts a case has, and how many of them are stale for the engine fingerprint. */
export async function countActs(
  db: Executor,
  caseId: string,
  engine: string,
): Promise<{ acts: number; stale: number }> {
  const row = await actsInScope(db, { caseId })
    .leftJoin('act_assessment_state as s', 's.act_id', 'a.id')
    .select([
      sql<string>`count(*)`.as('acts'),
      sql<string>`count(*) FILTER (WHERE ${isStale(engine)})`.as('stale'),
    ])
    .executeTakeFirstOrThrow();
  return { acts: Number(row.acts), stale: Number(row.stale) };
}

/**
 * The given acts with what the engine reads, locked so two assessments of the same acts (or an assessment
 * and an edit) run one after the other.
 */
export async function selectActsForAssessment(trx: Transaction<Database>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await trx
    .selectFrom('acts as a')
    .innerJoin('incidents as i', 'i.id', 'a.incident_id')
    .leftJoin('actors as p', 'p.id', 'a.perpetrator_id')
    .select([
      'a.id',
      'a.version',
      'a.act_type',
      'a.perpetrator_label',
      'a.victim_label',
      'a.victim_role',
      'a.methods',
      'a.facts',
      'p.kind as perpetrator_kind',
      'p.version as perpetrator_version',
      'i.id as incident_id',
      'i.version as incident_version',
      'i.title as incident_title',
      'i.facts as incident_facts',
    ])
    .where('a.id', 'in', ids)
    .forUpdate('a')
    .execute();
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((x, y) => order.get(x.id)! - order.get(y.id)!);
}

export type ActToAssess = Awaited<ReturnType<typeof selectActsForAssessment>>[number];

/** Stored findings of the given acts. */
export async function selectStoredFindings(db: Executor, actIds: readonly string[]) {
  if (actIds.length === 0) return [];
  return db.selectFrom('assessments').selectAll().where('act_id', 'in', actIds).execute();
}

/** Records what the acts were just assessed on, so an unchanged act is not assessed again. */
export async function stampAssessed(
  trx: Transaction<Database>,
  acts: readonly ActToAssess[],
  engine: string,
): Promise<void> {
  if (acts.length === 0) return;
  await trx
    .insertInto('act_assessment_state')
    .values(
      acts.map((a) => ({
        act_id: a.id,
        act_version: a.version,
        incident_id: a.incident_id,
        incident_version: a.incident_version,
        perpetrator_version: a.perpetrator_version,
        engine,
      })),
    )
    .onConflict((oc) =>
      oc.column('act_id').doUpdateSet((eb) => ({
        act_version: eb.ref('excluded.act_version'),
        incident_id: eb.ref('excluded.incident_id'),
        incident_version: eb.ref('excluded.incident_version'),
        perpetrator_version: eb.ref('excluded.perpetrator_version'),
        engine: eb.ref('excluded.engine'),
        assessed_at: sql`now()`,
      })),
    )
    .execute();
}

/** Locks one stored finding for a review. */
export function findAssessmentForUpdate(trx: Transaction<Database>, id: string) {
  return trx.selectFrom('assessments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export type AssessmentRow = Row<'assessments'>;

/** Counts behind the case summary, over the effective finding (a reviewer's, else the computed one). */
export interface CaseFindingCounts {
  /** Acts per rule and effective finding (an act has at most one finding per rule). */
  perRule: { rule: string; finding: string; acts: number }[];
  /** Acts with at least one effective finding of each kind. */
  perKind: Record<string, number>;
  /** Acts with a finding that lists one of `characterFacts` as missing. */
  needingFacts: number;
}

/**
 * Aggregates the stored findings of a case's live acts in SQL, so reading the summary costs one pass over
 * the findings rather than an assessment of every act. EXPLAIN (100,000 acts, PGlite): hash join of
 * assessments with acts and incidents (filtered by case), then a hash aggregate.
 */
export async function countCaseFindings(
  db: Executor,
  caseId: string,
  characterFacts: readonly string[],
): Promise<CaseFindingCounts> {
  const findings = db
    .selectFrom('assessments as f')
    .innerJoin('acts as a', 'a.id', 'f.act_id')
    .innerJoin('incidents as i', 'i.id', 'a.incident_id')
    .where('i.case_id', '=', caseId)
    .where('i.merged_into_id', 'is', null)
    .select([
      'f.act_id',
      'f.rule_id',
      sql<string>`coalesce(f.reviewed_finding, f.finding)`.as('finding'),
      sql<boolean>`f.missing_facts && ${sql.val(characterFacts)}::text[]`.as('needs'),
    ]);
  // One after the other: inside a transaction the three share one connection.
  const perRule = await db
    .selectFrom(findings.as('e'))
    .select(['e.rule_id as rule', 'e.finding', sql<string>`count(*)`.as('acts')])
    .where('e.finding', 'in', ['violation', 'possible_violation'])
    .groupBy(['e.rule_id', 'e.finding'])
    .execute();
  const perKind = await db
    .selectFrom(findings.as('e'))
    .select(['e.finding', sql<string>`count(DISTINCT e.act_id)`.as('acts')])
    .groupBy('e.finding')
    .execute();
  const needs = await db
    .selectFrom(findings.as('e'))
    .select(sql<string>`count(DISTINCT e.act_id)`.as('acts'))
    .where('e.needs', '=', true)
    .executeTakeFirstOrThrow();
  return {
    perRule: perRule.map((r) => ({ rule: r.rule, finding: r.finding, acts: Number(r.acts) })),
    perKind: Object.fromEntries(perKind.map((r) => [r.finding, Number(r.acts)])),
    needingFacts: Number(needs.acts),
  };
}
