/** SQL behind merges: moving an incident's rows, locking, restoring a snapshot, and reading merges. */
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, Row, RowUpdate } from '../db/schema.js';
import type { Executor } from '../db/transaction.js';
import { AppError } from '../shared/errors.js';
import { type Merge, toMerge, type UndoSnapshot } from './merge.schema.js';

/** Tables whose rows belong to an incident through `incident_id` and move with a merge. */
export const MOVABLE = ['acts', 'citations', 'figures', 'evidence_files'] as const;
type Movable = (typeof MOVABLE)[number];
export const SNAPSHOT_KEY: Record<Movable, keyof UndoSnapshot['moved']> = {
  acts: 'acts',
  citations: 'citations',
  figures: 'figures',
  evidence_files: 'evidenceFiles',
};

/** Re-points rows from one incident to another (only `ids` when given); returns the ids moved. */
export async function moveRows(
  trx: Transaction<Database>,
  table: Movable,
  from: string,
  to: string,
  ids?: string[],
): Promise<string[]> {
  if (ids && ids.length === 0) return [];
  // The four tables share the column; Kysely cannot type a table chosen at run time.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let query = (trx as unknown as Kysely<any>)
    .updateTable(table)
    .set({ incident_id: to })
    .where('incident_id', '=', from);
  if (ids) query = query.where('id', 'in', ids);
  const rows = (await query.returning('id').execute()) as { id: string }[];
  return rows.map((r) => r.id).sort();
}

/**
 * Locks the target and the source for the rest of the transaction, always in id order, so two merges of the
 * same pair in opposite directions wait for each other instead of deadlocking.
 */
export async function lockPair(
  trx: Transaction<Database>,
  targetId: string,
  sourceId: string,
): Promise<{ target: Row<'incidents'>; source: Row<'incidents'> }> {
  const rows = await trx
    .selectFrom('incidents')
    .selectAll()
    .where('id', 'in', [targetId, sourceId])
    .orderBy('id')
    .forUpdate()
    .execute();
  const find = (id: string, field: string) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new AppError('not_found', `${field}: incident ${id} was not found`, field);
    return row;
  };
  return { target: find(targetId, 'targetId'), source: find(sourceId, 'sourceId') };
}

// jsonb columns come back as objects and go in as JSON text. (Incidents have no text[] columns.)
export function restoredColumns(row: Row<'incidents'>): RowUpdate<'incidents'> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'id' || key === 'version' || key === 'created_at' || key === 'updated_at') continue;
    out[key] = value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
  }
  return out;
}

/**
 * An undo gives an incident back exactly the state an earlier merge into it left, under a new version number;
 * that earlier merge records the new number, so it can still be undone in its turn.
 */
export async function carryVersion(trx: Transaction<Database>, incidentId: string, from: number, to: number) {
  await trx
    .updateTable('merges')
    .set({ undo_snapshot: sql`jsonb_set(undo_snapshot, '{targetVersionAfter}', to_jsonb(${to}::int))` })
    .where('target_id', '=', incidentId)
    .where('undone_at', 'is', null)
    .where(sql<boolean>`(undo_snapshot->>'targetVersionAfter')::int = ${from}`)
    .execute();
}

/** The merges still in force into an incident, and into the incidents merged into it, oldest first. */
export async function activeMergesInto(db: Executor, incidentId: string): Promise<Merge[]> {
  const out: Merge[] = [];
  const seen = new Set<string>([incidentId]);
  let frontier = [incidentId];
  while (frontier.length > 0) {
    const rows = await db
      .selectFrom('merges')
      .selectAll()
      .where('target_id', 'in', frontier)
      .where('undone_at', 'is', null)
      .orderBy('merged_at')
      .orderBy('id')
      .execute();
    frontier = rows.map((r) => r.source_id).filter((s) => !seen.has(s));
    for (const s of frontier) seen.add(s);
    out.push(...rows.map(toMerge));
  }
  return out;
}

/** Merges of a case or touching an incident (as target or source), newest first; undone ones included. */
export async function listMerges(
  db: Executor,
  filter: { caseId?: string; incidentId?: string },
): Promise<Merge[]> {
  let query = db.selectFrom('merges').selectAll();
  if (filter.caseId) query = query.where('case_id', '=', filter.caseId);
  const incidentId = filter.incidentId;
  if (incidentId) {
    query = query.where((eb) => eb.or([eb('target_id', '=', incidentId), eb('source_id', '=', incidentId)]));
  }
  const rows = await query.orderBy('merged_at', 'desc').orderBy('id').execute();
  return rows.map(toMerge);
}
