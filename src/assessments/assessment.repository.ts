/**
 * SQL for assessments: the acts to assess (with their incident and perpetrator kind), which of them are stale,
 * stored findings, the stamp of what each act was assessed on, and the case summary's counts.
 */
import { sql, type Transaction } from 'kysely';
import type { Database, Row } from '../db/schema.js';
import type { Executor } from '../db/transaction.js';
import { FINDING_KINDS, type FindingKind } from '../standards/index.js';

export type AssessScope = { incidentId: string } | { caseId: string };

/** Acts of one incident, or of every live (not merged) incident of a case, with their linked perpetrator. */
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

/** A case's acts: how many, how many stale, and how many have each effective finding. */
export interface CaseActCounts {
  acts: number;
  stale: number;
  /** Acts with at least one effective finding of the kind (stored findings, stale or not). */
  perKind: Record<FindingKind, number>;
  /** Acts with a finding the assembly's character would settle. */
  needingCharacter: number;
  /** Acts per rule with an effective violation or possible violation. */
  perRule: { rule: string; finding: 'violation' | 'possible_violation'; acts: number }[];
}

/**
 * Everything the case summary counts, in one pass over the case's acts and their stamps (one row per act,
 * with arrays of the rules it breaches): each act yields one key per thing it counts towards, and the keys
 * are counted. No finding is read. EXPLAIN (100,000 acts, PGlite): hash joins of acts, incidents, actors and
 * the stamps (~0.8 s of the ~1.2 s), the lateral expansion, one hash aggregate.
 */
export async function countActs(db: Executor, caseId: string, engine: string): Promise<CaseActCounts> {
  const rows = await actsInScope(db, { caseId })
    .leftJoin('act_assessment_state as s', 's.act_id', 'a.id')
    .innerJoinLateral(
      sql<{ key: string }>`(SELECT 'acts' AS key
        UNION ALL SELECT 'stale' WHERE ${isStale(engine)}
        UNION ALL SELECT 'needs_character' WHERE s.needs_character
        UNION ALL SELECT 'kind:' || unnest(s.kinds)
        UNION ALL SELECT 'violation:' || unnest(s.violations)
        UNION ALL SELECT 'possible_violation:' || unnest(s.possible_violations))`.as('k'),
      (join) => join.onTrue(),
    )
    .select(['k.key', sql<string>`count(*)`.as('n')])
    .groupBy('k.key')
    .execute();
  const counts = new Map(rows.map((r) => [r.key, Number(r.n)]));
  const perRule: CaseActCounts['perRule'] = [];
  for (const [key, n] of counts) {
    const [finding, rule] = key.split(':');
    if ((finding === 'violation' || finding === 'possible_violation') && rule)
      perRule.push({ rule, finding, acts: n });
  }
  return {
    acts: counts.get('acts') ?? 0,
    stale: counts.get('stale') ?? 0,
    perKind: Object.fromEntries(
      FINDING_KINDS.map((kind) => [kind, counts.get(`kind:${kind}`) ?? 0]),
    ) as Record<FindingKind, number>,
    needingCharacter: counts.get('needs_character') ?? 0,
    perRule,
  };
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

/** An act's effective findings, as the case summary counts them. */
export interface ActFindingCounts {
  violations: string[];
  possible_violations: string[];
  kinds: string[];
  needs_character: boolean;
}

/**
 * Records what the acts were just assessed on (so an unchanged act is not assessed again) and their
 * effective findings (so the case summary need not read the findings).
 */
export async function stampAssessed(
  trx: Transaction<Database>,
  stamps: readonly { act: ActToAssess; counts: ActFindingCounts }[],
  engine: string,
): Promise<void> {
  if (stamps.length === 0) return;
  await trx
    .insertInto('act_assessment_state')
    .values(
      stamps.map(({ act: a, counts }) => ({
        act_id: a.id,
        act_version: a.version,
        incident_id: a.incident_id,
        incident_version: a.incident_version,
        perpetrator_version: a.perpetrator_version,
        engine,
        ...counts,
      })),
    )
    .onConflict((oc) =>
      oc.column('act_id').doUpdateSet((eb) => ({
        act_version: eb.ref('excluded.act_version'),
        incident_id: eb.ref('excluded.incident_id'),
        incident_version: eb.ref('excluded.incident_version'),
        perpetrator_version: eb.ref('excluded.perpetrator_version'),
        engine: eb.ref('excluded.engine'),
        violations: eb.ref('excluded.violations'),
        possible_violations: eb.ref('excluded.possible_violations'),
        kinds: eb.ref('excluded.kinds'),
        needs_character: eb.ref('excluded.needs_character'),
        assessed_at: sql`now()`,
      })),
    )
    .execute();
}

/** After a review: the act's effective findings changed, what it was assessed on did not. */
export async function updateFindingCounts(
  trx: Transaction<Database>,
  actId: string,
  counts: ActFindingCounts,
): Promise<void> {
  await trx.updateTable('act_assessment_state').set(counts).where('act_id', '=', actId).execute();
}

/** Locks one stored finding for a review. */
export function findAssessmentForUpdate(trx: Transaction<Database>, id: string) {
  return trx.selectFrom('assessments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export type AssessmentRow = Row<'assessments'>;
