/** Cases: the workspaces ("Kyrgyzstan, October 2020 elections") that group a record for access and reports. */
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.js';
import type { Row } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { updateVersioned } from '../shared/versioned-update.js';
import { type Case, caseInput, caseUpdate } from './case.schema.js';

export function toCase(row: Row<'cases'>): Case {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    confidentiality: row.confidentiality,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function createCase(ctx: ServiceContext, raw: unknown): Promise<Case> {
  const input = parseInput(caseInput, raw);
  return inTransaction(ctx.db, async (trx) => {
    const taken = await trx
      .selectFrom('cases')
      .select('id')
      .where('slug', '=', input.slug)
      .executeTakeFirst();
    if (taken) throw new AppError('duplicate', `a case with the slug "${input.slug}" already exists`, 'slug');
    const row = await trx
      .insertInto('cases')
      .values({ id: randomUUID(), ...input })
      .returningAll()
      .executeTakeFirstOrThrow();
    const created = toCase(row);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'case.create',
      entity: 'case',
      entityId: row.id,
      after: created,
    });
    return created;
  });
}

/** Finds a case by id or by slug, so people can type `--case kyrgyzstan-2020-10`. */
export async function getCase(ctx: ServiceContext, idOrSlug: string): Promise<Case> {
  const isUuid = /^[0-9a-f-]{36}$/i.test(idOrSlug);
  const row = await ctx.db
    .selectFrom('cases')
    .selectAll()
    .where(isUuid ? 'id' : 'slug', '=', idOrSlug)
    .executeTakeFirst();
  if (!row) throw notFound('case', idOrSlug);
  return toCase(row);
}

export async function listCases(ctx: ServiceContext): Promise<Case[]> {
  const rows = await ctx.db.selectFrom('cases').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(toCase);
}

export async function updateCase(ctx: ServiceContext, idOrSlug: string, raw: unknown): Promise<Case> {
  const { version, ...changes } = parseInput(caseUpdate, raw);
  return inTransaction(ctx.db, async (trx) => {
    const before = await getCase({ ...ctx, db: trx }, idOrSlug);
    if (changes.slug !== undefined && changes.slug !== before.slug) {
      const taken = await trx
        .selectFrom('cases')
        .select('id')
        .where('slug', '=', changes.slug)
        .executeTakeFirst();
      if (taken)
        throw new AppError('duplicate', `a case with the slug "${changes.slug}" already exists`, 'slug');
    }
    const row = await updateVersioned(trx, 'cases', before.id, version, changes, 'case');
    const after = toCase(row);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'case.update',
      entity: 'case',
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}
