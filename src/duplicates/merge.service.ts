/**
 * Merging a duplicate incident into another and undoing it. A merge moves the source's acts, citations, figures
 * and evidence to the target, fills the target's empty fields, keeps conflicting values side by side with their
 * citations, hides the source (`merged_into_id`), and stores a snapshot to undo it exactly. All in one audited
 * transaction; a refused merge or undo changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.js';
import { getCase } from '../cases/case.service.js';
import { planMerge } from '../corroborate/index.js';
import { inTransaction } from '../db/transaction.js';
import { getIncident } from '../incidents/incident.service.js';
import type { Incident } from '../incidents/incident.schema.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { uuid } from '../shared/schemas.js';
import { parseInput } from '../shared/validate.js';
import { updateVersioned } from '../shared/versioned-update.js';
import { loadIncidentLikes } from './incident-like.repository.js';
import { filledFromSource, harmFields } from './merge-fields.js';
import {
  carryVersion,
  listMerges,
  lockPair,
  MOVABLE,
  moveRows,
  restoredColumns,
  SNAPSHOT_KEY,
} from './merge.repository.js';
import { type Merge, mergeInput, type StoredFieldMerge, toMerge, type UndoSnapshot } from './merge.schema.js';

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
    const { target, source } = await lockPair(trx, input.targetId, input.sourceId);
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
    const { target, source } = await lockPair(trx, row.target_id, row.source_id);
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

export const mergeFilter = z.strictObject({
  /** A case id or slug. */
  caseId: z.string().min(1).max(100).optional(),
  incidentId: uuid.optional(),
});

/** Merges of a case, or those an incident took part in, newest first (undone ones marked, not hidden). */
export async function listMergesFor(ctx: ServiceContext, raw: unknown): Promise<Merge[]> {
  const filter = parseInput(mergeFilter, raw);
  const caseId = filter.caseId ? (await getCase(ctx, filter.caseId)).id : undefined;
  return listMerges(ctx.db, {
    ...(caseId && { caseId }),
    ...(filter.incidentId && { incidentId: filter.incidentId }),
  });
}
