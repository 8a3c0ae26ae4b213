/** SQL for assessments: the acts to assess (with their incident and perpetrator kind) and stored findings. */
import type { Transaction } from 'kysely';
import type { Database, Row } from '../db/schema.js';
import type { Executor } from '../db/transaction.js';

/**
 * Acts of one incident, or of every live (not merged) incident of a case, oldest incident first. The acts
 * are locked, so two assessments of the same acts (or an assessment and an edit) run one after the other.
 */
export function selectActsToAssess(db: Executor, scope: { incidentId: string } | { caseId: string }) {
  let query = db
    .selectFrom('acts as a')
    .innerJoin('incidents as i', 'i.id', 'a.incident_id')
    .leftJoin('actors as p', 'p.id', 'a.perpetrator_id')
    .select([
      'a.id',
      'a.act_type',
      'a.perpetrator_label',
      'a.victim_label',
      'a.victim_role',
      'a.methods',
      'a.facts',
      'p.kind as perpetrator_kind',
      'i.id as incident_id',
      'i.title as incident_title',
      'i.facts as incident_facts',
    ]);
  query =
    'incidentId' in scope
      ? query.where('i.id', '=', scope.incidentId)
      : query.where('i.case_id', '=', scope.caseId).where('i.merged_into_id', 'is', null);
  return query
    .orderBy('i.date_start', (ob) => ob.asc().nullsLast())
    .orderBy('i.id')
    .orderBy('a.created_at')
    .orderBy('a.id')
    .forUpdate('a')
    .execute();
}

export type ActToAssess = Awaited<ReturnType<typeof selectActsToAssess>>[number];

/** Stored findings of the given acts. */
export async function selectStoredFindings(db: Executor, actIds: readonly string[]) {
  if (actIds.length === 0) return [];
  return db.selectFrom('assessments').selectAll().where('act_id', 'in', actIds).execute();
}

/** Locks one stored finding for a review. */
export function findAssessmentForUpdate(trx: Transaction<Database>, id: string) {
  return trx.selectFrom('assessments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export type AssessmentRow = Row<'assessments'>;
