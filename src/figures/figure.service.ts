/** Figures: reported numbers (686 people treated, reported by the Ministry of Health). Never silently replaced. */
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.js';
import type { Row } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { resolvePlace } from '../places/place.service.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { updateVersioned } from '../shared/versioned-update.js';
import { type Figure, figureInput, figureUpdate } from './figure.schema.js';

export function toFigure(row: Row<'figures'>): Figure {
  return {
    id: row.id,
    caseId: row.case_id,
    incidentId: row.incident_id,
    what: row.what,
    measureKey: row.measure_key,
    value: row.value,
    qualifier: row.qualifier,
    asOf: row.as_of,
    placeId: row.place_id,
    reportedById: row.reported_by_id,
    reportedBy: row.reported_by,
    version: row.version,
  };
}

export async function createFigure(ctx: ServiceContext, raw: unknown): Promise<Figure> {
  const input = parseInput(figureInput, raw);
  return inTransaction(ctx.db, async (trx) => {
    const found = await trx
      .selectFrom('cases')
      .select('id')
      .where('id', '=', input.caseId)
      .executeTakeFirst();
    if (!found) throw new AppError('not_found', `caseId: case ${input.caseId} was not found`, 'caseId');
    const place = input.place ? await resolvePlace(trx, ctx.actor, input.place) : null;
    const row = await trx
      .insertInto('figures')
      .values({
        id: randomUUID(),
        case_id: input.caseId,
        incident_id: input.incidentId ?? null,
        what: input.what,
        measure_key: input.measureKey ?? null,
        value: input.value,
        qualifier: input.qualifier,
        as_of: input.asOf ?? null,
        place_id: place?.id ?? null,
        reported_by_id: input.reportedById ?? null,
        reported_by: input.reportedBy ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const figure = toFigure(row);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'figure.create',
      entity: 'figure',
      entityId: figure.id,
      after: figure,
    });
    return figure;
  });
}

export async function getFigure(ctx: ServiceContext, id: string): Promise<Figure> {
  const row = await ctx.db.selectFrom('figures').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('figure', id);
  return toFigure(row);
}

export async function listFigures(
  ctx: ServiceContext,
  filter: { caseId?: string; measureKey?: string } = {},
): Promise<Figure[]> {
  let query = ctx.db.selectFrom('figures').selectAll();
  if (filter.caseId) query = query.where('case_id', '=', filter.caseId);
  if (filter.measureKey) query = query.where('measure_key', '=', filter.measureKey);
  const rows = await query
    .orderBy('as_of', (ob) => ob.asc().nullsLast())
    .orderBy('id')
    .execute();
  return rows.map(toFigure);
}

export async function updateFigure(ctx: ServiceContext, id: string, raw: unknown): Promise<Figure> {
  const { version, caseId, place, ...changes } = parseInput(figureUpdate, raw);
  return inTransaction(ctx.db, async (trx) => {
    const before = await getFigure({ ...ctx, db: trx }, id);
    if (caseId && caseId !== before.caseId) {
      throw new AppError('validation_failed', 'caseId: a figure cannot be moved to another case', 'caseId');
    }
    const placeId =
      place === undefined
        ? undefined
        : place === null
          ? null
          : (await resolvePlace(trx, ctx.actor, place)).id;
    const row = await updateVersioned(
      trx,
      'figures',
      id,
      version,
      {
        ...(changes.incidentId !== undefined && { incident_id: changes.incidentId }),
        ...(changes.what !== undefined && { what: changes.what }),
        ...(changes.measureKey !== undefined && { measure_key: changes.measureKey }),
        ...(changes.value !== undefined && { value: changes.value }),
        ...(changes.qualifier !== undefined && { qualifier: changes.qualifier }),
        ...(changes.asOf !== undefined && { as_of: changes.asOf }),
        ...(placeId !== undefined && { place_id: placeId }),
        ...(changes.reportedById !== undefined && { reported_by_id: changes.reportedById }),
        ...(changes.reportedBy !== undefined && { reported_by: changes.reportedBy }),
      },
      'figure',
    );
    const after = toFigure(row);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'figure.update',
      entity: 'figure',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
