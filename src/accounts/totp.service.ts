/**
 * Turning the second factor on and off. Setting up stores a new secret that counts only once the user has
 * typed a code from it (so a half-finished set-up cannot lock anyone out); turning it off needs a code too.
 */
import { appendAudit } from '../audit/audit-log.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { totpCodeInput } from './account.schema.js';
import { newTotpSecret, totpCodeMatches, totpUri } from './totp.js';

export async function startTotpSetup(
  ctx: ServiceContext,
  userId: string,
): Promise<{ secret: string; uri: string }> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['email', 'totp_confirmed_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw notFound('user', userId);
  if (user.totp_confirmed_at !== null)
    throw new AppError('conflict', 'the second factor is already on: turn it off first to change it');
  const secret = newTotpSecret();
  await ctx.db.updateTable('users').set({ totp_secret: secret }).where('id', '=', userId).execute();
  return { secret, uri: totpUri(secret, user.email) };
}

async function requireCode(ctx: ServiceContext, userId: string, raw: unknown) {
  const { code } = parseInput(totpCodeInput, raw);
  const user = await ctx.db
    .selectFrom('users')
    .select(['totp_secret', 'totp_confirmed_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw notFound('user', userId);
  if (!user.totp_secret) throw new AppError('conflict', 'start the set-up of the second factor first');
  if (!totpCodeMatches(user.totp_secret, code))
    throw new AppError('validation_failed', 'code: does not match', 'code');
  return user;
}

export async function confirmTotp(ctx: ServiceContext, userId: string, raw: unknown): Promise<void> {
  await requireCode(ctx, userId, raw);
  await inTransaction(ctx.db, async (trx) => {
    await trx
      .updateTable('users')
      .set({ totp_confirmed_at: new Date().toISOString() })
      .where('id', '=', userId)
      .execute();
    await appendAudit(trx, { actor: ctx.actor, action: 'user.totp_on', entity: 'user', entityId: userId });
  });
}

export async function disableTotp(ctx: ServiceContext, userId: string, raw: unknown): Promise<void> {
  const user = await requireCode(ctx, userId, raw);
  if (user.totp_confirmed_at === null) throw new AppError('conflict', 'the second factor is not on');
  await inTransaction(ctx.db, async (trx) => {
    await trx
      .updateTable('users')
      .set({ totp_confirmed_at: null, totp_secret: null })
      .where('id', '=', userId)
      .execute();
    await appendAudit(trx, { actor: ctx.actor, action: 'user.totp_off', entity: 'user', entityId: userId });
  });
}
