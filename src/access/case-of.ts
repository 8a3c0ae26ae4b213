/**
 * Finds the case a record belongs to, so a route about one incident, allegation or file is checked against
 * that case's members. Also returns the record's own confidentiality where it has one (incidents), so a
 * reader not cleared for it is told it does not exist.
 */
import { sql } from 'kysely';
import type { Executor } from '../db/transaction.js';
import type { Confidentiality } from '../vocabulary/record-enums.js';
import type { CaseEntity } from './policy.js';

export interface CaseOfRecord {
  caseId: string;
  caseConfidentiality: Confidentiality;
  recordConfidentiality?: Confidentiality;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The case of the record, or null when there is no such record (or it belongs to no case). */
export async function caseOf(db: Executor, entity: CaseEntity, id: string): Promise<CaseOfRecord | null> {
  if (entity !== 'case' && !UUID.test(id)) return null;
  const cases = db.selectFrom('cases as c');
  switch (entity) {
    case 'case':
      return one(
        cases
          .select(['c.id as caseId', 'c.confidentiality as caseConfidentiality'])
          .where(UUID.test(id) ? 'c.id' : 'c.slug', '=', id),
      );
    case 'incident':
      return one(
        cases
          .innerJoin('incidents as r', 'r.case_id', 'c.id')
          .select([
            'c.id as caseId',
            'c.confidentiality as caseConfidentiality',
            'r.confidentiality as recordConfidentiality',
          ])
          .where('r.id', '=', id),
      );
    case 'allegation':
      return one(byCaseColumn(db, 'allegations', id));
    case 'evidence':
      return one(byCaseColumn(db, 'evidence_files', id));
    case 'document':
      return one(byCaseColumn(db, 'documents', id));
    case 'figure':
      return one(byCaseColumn(db, 'figures', id));
    case 'merge':
      return one(byCaseColumn(db, 'merges', id));
    case 'proposal':
      return one(
        cases
          .innerJoin('documents as d', 'd.case_id', 'c.id')
          .innerJoin('proposals as p', 'p.document_id', 'd.id')
          .select(['c.id as caseId', 'c.confidentiality as caseConfidentiality'])
          .where('p.id', '=', id),
      );
    case 'assessment':
      return one(
        cases
          .innerJoin('incidents as i', 'i.case_id', 'c.id')
          .innerJoin('acts as a', 'a.incident_id', 'i.id')
          .innerJoin('assessments as s', 's.act_id', 'a.id')
          .select([
            'c.id as caseId',
            'c.confidentiality as caseConfidentiality',
            'i.confidentiality as recordConfidentiality',
          ])
          .where('s.id', '=', id),
      );
    case 'citation':
      return one(
        cases
          .innerJoin('documents as d', 'd.case_id', 'c.id')
          .innerJoin('citations as t', 't.document_id', 'd.id')
          .select(['c.id as caseId', 'c.confidentiality as caseConfidentiality'])
          .where('t.id', '=', id),
      );
  }
}

function byCaseColumn(
  db: Executor,
  table: 'allegations' | 'evidence_files' | 'documents' | 'figures' | 'merges',
  id: string,
) {
  // The table name comes from the fixed list above, never from the request.
  const query = sql<CaseOfRecord>`SELECT c.id AS "caseId", c.confidentiality AS "caseConfidentiality"
    FROM ${sql.table(table)} r JOIN cases c ON c.id = r.case_id WHERE r.id = ${id}`;
  return { executeTakeFirst: async () => (await query.execute(db)).rows[0] };
}

async function one(query: { executeTakeFirst(): Promise<unknown> }): Promise<CaseOfRecord | null> {
  const row = (await query.executeTakeFirst()) as CaseOfRecord | undefined;
  return row ?? null;
}

/** The principal's role in each case it is a member of. */
export async function memberRoles(db: Executor, userId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('case_members')
    .select(['case_id', 'role'])
    .where('user_id', '=', userId)
    .execute();
  return new Map(rows.map((r) => [r.case_id, r.role]));
}
