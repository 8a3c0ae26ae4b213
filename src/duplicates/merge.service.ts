/**
 * Merging a duplicate incident into another and undoing it. A merge moves the source's acts, citations, figures
 * and evidence to the target, fills the target's empty fields, keeps conflicting values side by side with their
 * citations, hides the source (`merged_into_id`), and stores a snapshot to undo it exactly. All in one audited
 * transaction; a refused merge or undo changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { appendAudit } from '../audit/audit-log.js';
import { type IncidentLike, planMerge } from '../corroborate/index.js';
import type { Database, Row, RowUpdate } from '../db/schema.js';
import type { Executor } from '../db/transaction.js';
import { inTransaction } from '../db/transaction.js';
import { getIncident } from '../incidents/incident.service.js';
import type { Incident } from '../incidents/incident.schema.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { uuid } from '../shared/schemas.js';
import { parseInput } from '../shared/validate.js';
import { updateVersioned } from '../shared/versioned-update.js';
import { loadIncidentLikes } from './incident-like.repository.js';
import { type Merge, mergeInput, type StoredFieldMerge, toMerge, type UndoSnapshot } from './merge.schema.js';

/** Tables whose rows belong to an incident through `incident_id` and move with a merge. */
const MOVABLE = ['acts', 'citations', 'figures', 'evidence_files'] as const;
type Movable = (typeof MOVABLE)[number];
const SNAPSHOT_KEY: Record<Movable, keyof UndoSnapshot['moved']> = {
  acts: 'acts',
  citations: 'citations',
  figures: 'figures',
  evidence_files: 'evidenceFiles',
};

/** Re-points rows from one incident to another (only `ids` when given); returns the ids moved. */
async function moveRows(
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

/** The target's empty fields take the source's values; nothing the target holds is overwritten. */
function filledFromSource(t: Row<'incidents'>, s: Row<'incidents'>): RowUpdate<'incidents'> {
  return {
    ...(t.description === '' && s.description !== '' && { description: s.description }),
    ...(t.date_start === null &&
      s.date_start !== null && {
        date_start: s.date_start,
        date_end: s.date_end,
        date_precision: s.date_precision,
      }),
    ...(t.time_of_day === null && s.time_of_day !== null && { time_of_day: s.time_of_day }),
    ...(t.place_id === null &&
      s.place_id !== null && { place_id: s.place_id, geo_precision: s.geo_precision }),
    ...(t.place_detail === null && s.place_detail !== null && { place_detail: s.place_detail }),
    ...(t.latitude === null && s.latitude !== null && { latitude: s.latitude, longitude: s.longitude }),
    ...(t.killed === null && s.killed !== null && { killed: s.killed }),
    ...(t.injured === null && s.injured !== null && { injured: s.injured }),
  };
}

const incidentCitations = (like: IncidentLike | undefined): string[] =>
  like?.fieldCitations?.date ?? like?.citationIds ?? [];

/** What became of the harm counts, which the engine does not compare: the same, filled, or in conflict. */
function harmFields(
  t: Row<'incidents'>,
  s: Row<'incidents'>,
  tLike: IncidentLike | undefined,
  sLike: IncidentLike | undefined,
): StoredFieldMerge[] {
  const out: StoredFieldMerge[] = [];
  for (const field of ['killed', 'injured'] as const) {
    const [a, b] = [t[field], s[field]];
    const fromT = { value: a, incidentIds: [t.id], citationIds: incidentCitations(tLike) };
    const fromS = { value: b, incidentIds: [s.id], citationIds: incidentCitations(sLike) };
    if (a === null && b === null) continue;
    if (a === null) out.push({ field, status: 'filled', values: [fromS] });
    else if (b === null) out.push({ field, status: 'filled', values: [fromT] });
    else if (a === b) {
      const citationIds = [...new Set([...fromT.citationIds, ...fromS.citationIds])];
      out.push({ field, status: 'same', values: [{ value: a, incidentIds: [t.id, s.id], citationIds }] });
    } else out.push({ field, status: 'conflict', values: [fromT, fromS], compatible: false });
  }
  return out;
}

async function lockIncident(trx: Transaction<Database>, id: string, field: string) {
  const row = await trx
    .selectFrom('incidents')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', `${field}: incident ${id} was not found`, field);
  return row;
}

/** Merges incident `sourceId` into `targetId`; refuses (conflict) self, cross-case and already merged incidents. */
export async function mergeIncidents(
  ctx: ServiceContext,
  targetId: string,
  sourceId: string,
): Promise<{ merge: Merge; target: Incident }> {
  const input = parseInput(mergeInput, { targetId, sourceId });
  if (input.targetId === input.sourceId) {
    throw new AppError('conflict', `incident ${input.targetId} cannot be merged with itself`, 'sourceId');
  }
  return inTransaction(ctx.db, async (trx) => {
    const tx = { ...ctx, db: trx };
    const target = await lockIncident(trx, input.targetId, 'targetId');
    const source = await lockIncident(trx, input.sourceId, 'sourceId');
    for (const [row, field] of [
      [target, 'targetId'],
      [source, 'sourceId'],
    ] as const) {
      if (row.merged_into_id !== null) {
        throw new AppError(
          'conflict',
          `${field}: incident ${row.id} is already merged into ${row.merged_into_id}; undo that merge first or use ${row.merged_into_id}`,
          field,
        );
      }
    }
    const likes = await loadIncidentLikes(trx, { ids: [target.id, source.id] });
    // The engine refuses incidents of different cases (and repeats the self check).
    const plan = planMerge(likes.get(target.id)!, likes.get(source.id)!);
    const before = { target: await getIncident(tx, target.id), source: await getIncident(tx, source.id) };

    const moved: UndoSnapshot['moved'] = { acts: [], citations: [], figures: [], evidenceFiles: [] };
    for (const table of MOVABLE)
      moved[SNAPSHOT_KEY[table]] = await moveRows(trx, table, source.id, target.id);
    const targetAfter = await updateVersioned(
      trx,
      'incidents',
      target.id,
      target.version,
      filledFromSource(target, source),
      'incident',
    );
    const sourceAfter = await updateVersioned(
      trx,
      'incidents',
      source.id,
      source.version,
      { merged_into_id: target.id },
      'incident',
    );
    const fields: StoredFieldMerge[] = [
      ...plan.fields,
      ...harmFields(target, source, likes.get(target.id), likes.get(source.id)),
    ];
    const snapshot: UndoSnapshot = {
      target,
      source,
      moved,
      targetVersionAfter: targetAfter.version,
      sourceVersionAfter: sourceAfter.version,
      record: plan.record,
    };
    const row = await trx
      .insertInto('merges')
      .values({
        id: randomUUID(),
        case_id: target.case_id,
        target_id: target.id,
        source_id: source.id,
        field_values: JSON.stringify(fields),
        undo_snapshot: JSON.stringify(snapshot),
        merged_by: ctx.actor,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const merge = toMerge(row);
    const merged = await getIncident(tx, target.id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'incident.merge',
      entity: 'incident',
      entityId: target.id,
      before,
      after: { target: merged, mergedSourceId: source.id, merge, moved },
    });
    return { merge, target: merged };
  });
}

// jsonb columns come back as objects and go in as JSON text. (Incidents have no text[] columns.)
function restoredColumns(row: Row<'incidents'>): RowUpdate<'incidents'> {
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
async function carryVersion(trx: Transaction<Database>, incidentId: string, from: number, to: number) {
  await trx
    .updateTable('merges')
    .set({ undo_snapshot: sql`jsonb_set(undo_snapshot, '{targetVersionAfter}', to_jsonb(${to}::int))` })
    .where('target_id', '=', incidentId)
    .where('undone_at', 'is', null)
    .where(sql<boolean>`(undo_snapshot->>'targetVersionAfter')::int = ${from}`)
    .execute();
}

export async function getMerge(ctx: ServiceContext, id: string): Promise<Merge> {
  const mergeId = parseInput(uuid, id, 'mergeId');
  const row = await ctx.db.selectFrom('merges').selectAll().where('id', '=', mergeId).executeTakeFirst();
  if (!row) throw notFound('merge', mergeId);
  return toMerge(row);
}

/**
 * Undoes a merge: both incidents get back every field they had, and the rows that moved go back. Refused when
 * the merge was already undone, or when either incident changed since (undo the later change first).
 */
export async function unmergeIncident(
  ctx: ServiceContext,
  mergeId: string,
): Promise<{ merge: Merge; target: Incident; source: Incident }> {
  const id = parseInput(uuid, mergeId, 'mergeId');
  return inTransaction(ctx.db, async (trx) => {
    const tx = { ...ctx, db: trx };
    const row = await trx
      .selectFrom('merges')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('merge', id);
    if (row.undone_at !== null) {
      throw new AppError(
        'conflict',
        `merge ${id} was already undone at ${row.undone_at} by ${row.undone_by ?? 'unknown'}; nothing changed`,
        'mergeId',
      );
    }
    const snapshot = row.undo_snapshot as unknown as UndoSnapshot;
    const target = await lockIncident(trx, row.target_id, 'targetId');
    const source = await lockIncident(trx, row.source_id, 'sourceId');
    for (const [current, expected] of [
      [target, snapshot.targetVersionAfter],
      [source, snapshot.sourceVersionAfter],
    ] as const) {
      if (current.version !== expected) {
        throw new AppError(
          'conflict',
          `incident ${current.id} changed since merge ${id} (now version ${current.version}, the merge left version ${expected}); undo the later change or merge first`,
          'mergeId',
        );
      }
    }
    const before = { target: await getIncident(tx, target.id), source: await getIncident(tx, source.id) };
    for (const table of MOVABLE) {
      await moveRows(trx, table, target.id, source.id, snapshot.moved[SNAPSHOT_KEY[table]]);
    }
    for (const [current, restored] of [
      [target, snapshot.target],
      [source, snapshot.source],
    ] as const) {
      const after = await updateVersioned(
        trx,
        'incidents',
        current.id,
        current.version,
        restoredColumns(restored),
        'incident',
      );
      await carryVersion(trx, current.id, restored.version, after.version);
    }
    const undone = await trx
      .updateTable('merges')
      .set({ undone_by: ctx.actor, undone_at: new Date().toISOString() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = { target: await getIncident(tx, target.id), source: await getIncident(tx, source.id) };
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'incident.unmerge',
      entity: 'incident',
      entityId: target.id,
      before,
      after: { ...after, mergeId: id },
    });
    return { merge: toMerge(undone), ...after };
  });
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
