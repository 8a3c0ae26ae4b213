/** Sources: who says it (an organisation or a person), with a reliability grade A–F. */
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.js';
import type { Row } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { updateVersioned } from '../shared/versioned-update.js';
import { type Source, sourceInput, sourceUpdate } from './source.schema.js';

export function toSource(row: Row<'sources'>): Source {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    reliability: row.reliability,
    url: row.url,
    version: row.version,
  };
}

export async function createSource(ctx: ServiceContext, raw: unknown): Promise<Source> {
  const input = parseInput(sourceInput, raw);
  return inTransaction(ctx.db, async (trx) => {
    const taken = await trx
      .selectFrom('sources')
      .select('id')
      .where('name', '=', input.name)
      .executeTakeFirst();
    if (taken) throw new AppError('duplicate', `a source named "${input.name}" already exists`, 'name');
    const row = await trx
      .insertInto('sources')
      .values({
        id: randomUUID(),
        name: input.name,
        kind: input.kind,
        reliability: input.reliability,
        url: input.url ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const source = toSource(row);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'source.create',
      entity: 'source',
      entityId: source.id,
      after: source,
    });
    return source;
  });
}

export async function getSource(ctx: ServiceContext, idOrName: string): Promise<Source> {
  const isUuid = /^[0-9a-f-]{36}$/i.test(idOrName);
  const row = await ctx.db
    .selectFrom('sources')
    .selectAll()
    .where(isUuid ? 'id' : 'name', '=', idOrName)
    .executeTakeFirst();
  if (!row) throw notFound('source', idOrName);
  return toSource(row);
}

export async function listSources(ctx: ServiceContext): Promise<Source[]> {
  return (await ctx.db.selectFrom('sources').selectAll().orderBy('name').execute()).map(toSource);
}

export async function updateSource(ctx: ServiceContext, id: string, raw: unknown): Promise<Source> {
  const { version, ...changes } = parseInput(sourceUpdate, raw);
  return inTransaction(ctx.db, async (trx) => {
    const before = await getSource({ ...ctx, db: trx }, id);
    if (changes.name !== undefined && changes.name !== before.name) {
      const taken = await trx
        .selectFrom('sources')
        .select('id')
        .where('name', '=', changes.name)
        .executeTakeFirst();
      if (taken) throw new AppError('duplicate', `a source named "${changes.name}" already exists`, 'name');
    }
    const after = toSource(await updateVersioned(trx, 'sources', before.id, version, changes, 'source'));
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'source.update',
      entity: 'source',
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}
