/**
 * API tokens for scripts: named, scoped (read, or read and write), optionally expiring, revocable, and
 * stored only as a hash. A token acts as its user, within the user's own rights and its scopes.
 */
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.js';
import type { Row } from '../db/schema.js';
import { type Executor, inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { type ApiToken, type ApiTokenScope, type User, apiTokenInput } from './account.schema.js';
import { hasTokenShape, hashToken, newToken } from './secret-token.js';
import { toUser } from './user.service.js';

const toApiToken = (row: Row<'api_tokens'>): ApiToken => ({
  id: row.id,
  name: row.name,
  scopes: row.scopes as ApiTokenScope[],
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  expiresAt: row.expires_at,
  revoked: row.revoked_at !== null,
});

/** Creates a token; the secret is in the answer once and never again. */
export async function createApiToken(
  ctx: ServiceContext,
  userId: string,
  raw: unknown,
): Promise<ApiToken & { token: string }> {
  const input = parseInput(apiTokenInput, raw);
  const token = newToken('api');
  return inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .insertInto('api_tokens')
      .values({
        id: randomUUID(),
        user_id: userId,
        name: input.name,
        token_hash: hashToken(token),
        scopes: [...new Set(input.scopes)],
        expires_at: input.expiresInDays
          ? new Date(Date.now() + input.expiresInDays * 86_400_000).toISOString()
          : null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const created = toApiToken(row);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'token.create',
      entity: 'api_token',
      entityId: row.id,
      after: created,
    });
    return { ...created, token };
  });
}

export async function listApiTokens(ctx: ServiceContext, userId: string): Promise<ApiToken[]> {
  const rows = await ctx.db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return rows.map(toApiToken);
}

export async function revokeApiToken(
  ctx: ServiceContext,
  userId: string,
  tokenId: string,
): Promise<ApiToken> {
  return inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .updateTable('api_tokens')
      .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(new Date().toISOString())) }))
      .where('id', '=', tokenId)
      .where('user_id', '=', userId)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound('API token', tokenId);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'token.revoke',
      entity: 'api_token',
      entityId: row.id,
    });
    return toApiToken(row);
  });
}

export interface ActiveToken {
  tokenId: string;
  name: string;
  scopes: ApiTokenScope[];
  user: User;
}

export async function resolveApiToken(
  db: Executor,
  token: string,
  now = new Date(),
): Promise<ActiveToken | null> {
  if (!hasTokenShape(token, 'api')) return null;
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .selectAll('u')
    .select([
      't.id as token_id',
      't.name as token_name',
      't.scopes',
      't.revoked_at',
      't.expires_at',
      't.last_used_at',
    ])
    .where('t.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.disabled_at !== null) return null;
  if (row.expires_at !== null && new Date(row.expires_at) <= now) return null;
  const lastUsed = row.last_used_at ? new Date(row.last_used_at).getTime() : 0;
  if (now.getTime() - lastUsed > 60_000)
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: now.toISOString() })
      .where('id', '=', row.token_id)
      .execute();
  return {
    tokenId: row.token_id,
    name: row.token_name,
    scopes: row.scopes as ApiTokenScope[],
    user: toUser(row),
  };
}
