/** Actors: persons, groups and organisations — perpetrators, victims, witnesses, sources, media outlets. */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { appendAudit } from '../audit/audit-log.js';
import type { Row } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { updateVersioned } from '../shared/versioned-update.js';
import { type Actor, actorInput, actorUpdate } from './actor.schema.js';

export function toActor(row: Row<'actors'>): Actor {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    names: row.names,
    aliases: row.aliases,
    professionalRole: row.professional_role,
    affiliationId: row.affiliation_id,
    description: row.description,
    namePublic: row.name_public,
    namePublicReason: row.name_public_reason,
    version: row.version,
  };
}

function toColumns(input: Partial<ReturnType<typeof actorInput.parse>>) {
  return {
    ...(input.kind !== undefined && { kind: input.kind }),
    ...(input.name !== undefined && { name: input.name }),
    ...(input.names !== undefined && { names: JSON.stringify(input.names) }),
    ...(input.aliases !== undefined && { aliases: input.aliases }),
    ...(input.professionalRole !== undefined && { professional_role: input.professionalRole }),
    ...(input.affiliationId !== undefined && { affiliation_id: input.affiliationId }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.namePublic !== undefined && { name_public: input.namePublic }),
    ...(input.namePublicReason !== undefined && { name_public_reason: input.namePublicReason }),
  };
}

export async function createActor(ctx: ServiceContext, raw: unknown): Promise<Actor> {
  const input = parseInput(actorInput, raw);
  if (input.namePublic && !input.namePublicReason) {
    throw new AppError(
      'validation_failed',
      'namePublicReason: say why this name may be made public',
      'namePublicReason',
    );
  }
  return inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .insertInto('actors')
      .values({ id: randomUUID(), names: '[]', ...toColumns(input), kind: input.kind, name: input.name })
      .returningAll()
      .executeTakeFirstOrThrow();
    const actor = toActor(row);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'actor.create',
      entity: 'actor',
      entityId: actor.id,
      after: actor,
    });
    return actor;
  });
}

export async function getActor(ctx: ServiceContext, id: string): Promise<Actor> {
  const row = await ctx.db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('actor', id);
  return toActor(row);
}

/** Finds actors whose name, other-script names or aliases contain the text (case-insensitive). */
export async function listActors(
  ctx: ServiceContext,
  filter: { text?: string; kind?: string; limit?: number } = {},
): Promise<Actor[]> {
  let query = ctx.db.selectFrom('actors').selectAll();
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.text) {
    const like = `%${filter.text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(
      sql<boolean>`(lower(name) LIKE ${like} OR lower(names::text) LIKE ${like} OR lower(array_to_string(aliases, ' ')) LIKE ${like})`,
    );
  }
  const rows = await query
    .orderBy('name')
    .orderBy('id')
    .limit(filter.limit ?? 500)
    .execute();
  return rows.map(toActor);
}

/** Finds an actor by exact name (case-insensitive) or alias; used when records are entered by name. */
export async function findActorByName(ctx: ServiceContext, name: string): Promise<Actor | null> {
  const lower = name.toLowerCase();
  const row = await ctx.db
    .selectFrom('actors')
    .selectAll()
    .where((eb) => eb.or([eb(sql`lower(name)`, '=', lower), eb(sql`${name}`, '=', eb.fn.any('aliases'))]))
    .orderBy('created_at')
    .executeTakeFirst();
  return row ? toActor(row) : null;
}

export async function updateActor(ctx: ServiceContext, id: string, raw: unknown): Promise<Actor> {
  const { version, ...changes } = parseInput(actorUpdate, raw);
  if (changes.namePublic && !changes.namePublicReason) {
    throw new AppError(
      'validation_failed',
      'namePublicReason: say why this name may be made public',
      'namePublicReason',
    );
  }
  return inTransaction(ctx.db, async (trx) => {
    const before = await getActor({ ...ctx, db: trx }, id);
    const after = toActor(await updateVersioned(trx, 'actors', id, version, toColumns(changes), 'actor'));
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'actor.update',
      entity: 'actor',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
