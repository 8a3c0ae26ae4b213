/** The SQL behind allegations: acts with their incident and actors, allegation rows, their acts and steps. */
import type { Transaction } from 'kysely';
import type { Database, Row } from '../db/schema.js';
import type { Executor } from '../db/transaction.js';
import type { StoredAct, StoredActor } from './act-assessment.js';

const actorOf = (
  id: string | null,
  name: string | null,
  kind: string | null,
  role: string | null,
): StoredActor | null => (id && name && kind ? { id, name, kind, professionalRole: role } : null);

/**
 * Acts with what the engines need, either every act of a case (merged and retracted incidents left out)
 * or the acts named. One query with two joins on actors; acts_incident_idx and the actors' primary key
 * serve it.
 */
export async function loadStoredActs(
  db: Executor,
  where: { caseId: string } | { actIds: string[] },
): Promise<(StoredAct & { caseId: string })[]> {
  if ('actIds' in where && where.actIds.length === 0) return [];
  let query = db
    .selectFrom('acts as a')
    .innerJoin('incidents as i', 'i.id', 'a.incident_id')
    .leftJoin('actors as p', 'p.id', 'a.perpetrator_id')
    .leftJoin('actors as v', 'v.id', 'a.victim_id')
    .selectAll('a')
    .select([
      'i.case_id as i_case_id',
      'i.event_type as i_event_type',
      'i.date_start as i_date_start',
      'p.id as p_id',
      'p.name as p_name',
      'p.kind as p_kind',
      'p.professional_role as p_role',
      'v.id as v_id',
      'v.name as v_name',
      'v.kind as v_kind',
      'v.professional_role as v_role',
    ]);
  query =
    'caseId' in where
      ? query
          .where('i.case_id', '=', where.caseId)
          .where('i.merged_into_id', 'is', null)
          .where('i.status', '<>', 'retracted')
      : query.where('a.id', 'in', where.actIds);
  const rows = await query.orderBy('a.id').execute();
  const incidentFacts = await loadIncidentFacts(db, [...new Set(rows.map((r) => r.incident_id))]);
  return rows.map((r) => ({
    id: r.id,
    caseId: r.i_case_id,
    incidentId: r.incident_id,
    perpetratorLabel: r.perpetrator_label,
    victimLabel: r.victim_label,
    victimRole: r.victim_role,
    methods: r.methods,
    facts: r.facts,
    killed: r.killed,
    incident: {
      eventType: r.i_event_type,
      dateStart: r.i_date_start,
      facts: incidentFacts.get(r.incident_id) ?? {},
    },
    perpetrator: actorOf(r.p_id, r.p_name, r.p_kind, r.p_role),
    victim: actorOf(r.v_id, r.v_name, r.v_kind, r.v_role),
  }));
}

/**
 * Incident-level facts, where the database has them (a column added by another migration); read loosely so
 * this code does not depend on that column's presence.
 */
async function loadIncidentFacts(db: Executor, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  if (ids.length === 0) return new Map();
  const rows = (await db.selectFrom('incidents').selectAll().where('id', 'in', ids).execute()) as (Record<
    string,
    unknown
  > & { id: string })[];
  return new Map(
    rows.map((r) => [
      r.id,
      r.facts && typeof r.facts === 'object' ? (r.facts as Record<string, unknown>) : {},
    ]),
  );
}

export interface AllegationRecord {
  row: Row<'allegations'>;
  actIds: string[];
  steps: Row<'allegation_steps'>[];
}

/** Allegations of a case (or the ids given) with their act ids and steps, in recording order. */
export async function loadAllegations(
  db: Executor,
  where: { caseId: string } | { ids: string[] },
): Promise<AllegationRecord[]> {
  if ('ids' in where && where.ids.length === 0) return [];
  const rows = await (
    'caseId' in where
      ? db.selectFrom('allegations').selectAll().where('case_id', '=', where.caseId)
      : db.selectFrom('allegations').selectAll().where('id', 'in', where.ids)
  )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const links = await db
    .selectFrom('allegation_acts')
    .selectAll()
    .where('allegation_id', 'in', ids)
    .orderBy('act_id')
    .execute();
  const steps = await db
    .selectFrom('allegation_steps')
    .selectAll()
    .where('allegation_id', 'in', ids)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    row,
    actIds: links.filter((l) => l.allegation_id === row.id).map((l) => l.act_id),
    steps: steps.filter((s) => s.allegation_id === row.id),
  }));
}

/** Locks the allegation row for the rest of the transaction, so two steps are never validated side by side. */
export async function lockAllegation(trx: Transaction<Database>, id: string): Promise<boolean> {
  const row = await trx
    .selectFrom('allegations')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/** Which of `actIds` already belong to an allegation, and to which. */
export async function allegedActs(db: Executor, actIds: string[]): Promise<Map<string, string>> {
  if (actIds.length === 0) return new Map();
  const rows = await db.selectFrom('allegation_acts').selectAll().where('act_id', 'in', actIds).execute();
  return new Map(rows.map((r) => [r.act_id, r.allegation_id]));
}

/** Act ids of a case that already belong to an allegation. */
export async function allegedActIdsOfCase(db: Executor, caseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('allegation_acts as aa')
    .innerJoin('allegations as al', 'al.id', 'aa.allegation_id')
    .select('aa.act_id')
    .where('al.case_id', '=', caseId)
    .execute();
  return rows.map((r) => r.act_id);
}
