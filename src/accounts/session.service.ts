/**
 * Signing in and out. A session is a random token in an HttpOnly cookie, stored as its hash, that ends after
 * 12 hours, after 2 idle hours, at sign-out, or when an admin disables the account or changes its role.
 * Five wrong passwords in a row lock the account for 15 minutes; the lock and each successful sign-in are
 * audited.
 */
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.js';
import type { Executor } from '../db/transaction.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { type User, loginInput } from './account.schema.js';
import { verifyPassword } from './password.js';
import { hasTokenShape, hashToken, newToken } from './secret-token.js';
import { totpCodeStep } from './totp.js';
import { toUser } from './user.service.js';

export const SESSION_LIFETIME_MS = 12 * 3600_000;
export const SESSION_IDLE_MS = 2 * 3600_000;
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 15 * 60_000;

const WRONG = 'the e-mail, password or code is wrong';

export interface SignedIn {
  token: string;
  sessionId: string;
  user: User;
  expiresAt: string;
}

export async function login(
  ctx: Pick<ServiceContext, 'db'>,
  raw: unknown,
  meta: { userAgent?: string } = {},
  now = new Date(),
): Promise<SignedIn> {
  const input = parseInput(loginInput, raw);
  const row = await ctx.db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', input.email)
    .executeTakeFirst();
  if (row?.locked_until && new Date(row.locked_until) > now)
    throw new AppError(
      'rate_limited',
      `too many wrong passwords for this account: try again after ${row.locked_until.slice(11, 16)} UTC, or ask an admin to unlock it`,
      undefined,
      { retryAfterSeconds: Math.ceil((new Date(row.locked_until).getTime() - now.getTime()) / 1000) },
    );
  const passwordOk = await verifyPassword(row?.password_hash ?? null, input.password);
  if (!row || row.disabled_at !== null) throw new AppError('unauthenticated', WRONG);
  if (!passwordOk) {
    await recordFailure(ctx.db, row.id, row.failed_logins + 1, now);
    throw new AppError('unauthenticated', WRONG);
  }
  if (row.totp_confirmed_at !== null) {
    if (!input.totp)
      throw new AppError('unauthenticated', 'enter the 6-digit code from your authenticator app', 'totp');
    const step = totpCodeStep(row.totp_secret!, input.totp, now.getTime());
    // A code already used (or older than the last one used) is a replay.
    if (step === null || (row.totp_last_step !== null && step <= row.totp_last_step)) {
      await recordFailure(ctx.db, row.id, row.failed_logins + 1, now);
      throw new AppError('unauthenticated', WRONG, 'totp');
    }
    await ctx.db.updateTable('users').set({ totp_last_step: step }).where('id', '=', row.id).execute();
  }
  const token = newToken('session');
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS).toISOString();
  const sessionId = randomUUID();
  return inTransaction(ctx.db, async (trx) => {
    await trx
      .insertInto('sessions')
      .values({
        id: sessionId,
        token_hash: hashToken(token),
        user_id: row.id,
        expires_at: expiresAt,
        last_seen_at: now.toISOString(),
        user_agent: meta.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
    const updated = await trx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null, last_login_at: now.toISOString() })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor: `user:${row.email}`,
      action: 'auth.login',
      entity: 'user',
      entityId: row.id,
    });
    return { token, sessionId, user: toUser(updated), expiresAt };
  });
}

async function recordFailure(db: Executor, userId: string, failures: number, now: Date): Promise<void> {
  const locks = failures >= LOCKOUT_THRESHOLD;
  await inTransaction(db, async (trx) => {
    const row = await trx
      .updateTable('users')
      .set({
        failed_logins: locks ? 0 : failures,
        ...(locks ? { locked_until: new Date(now.getTime() + LOCKOUT_MS).toISOString() } : {}),
      })
      .where('id', '=', userId)
      .returning('email')
      .executeTakeFirstOrThrow();
    if (locks)
      await appendAudit(trx, {
        actor: 'dalil',
        action: 'auth.lockout',
        entity: 'user',
        entityId: userId,
        after: { email: row.email, failures },
      });
  });
}

export interface ActiveSession {
  sessionId: string;
  user: User;
}

/** The session a cookie names, if it is still valid; touching it at most once a minute keeps writes rare. */
export async function resolveSession(
  db: Executor,
  token: string,
  now = new Date(),
): Promise<ActiveSession | null> {
  if (!hasTokenShape(token, 'session')) return null;
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select(['s.id as session_id', 's.expires_at', 's.revoked_at', 's.last_seen_at'])
    .where('s.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.disabled_at !== null) return null;
  if (new Date(row.expires_at) <= now) return null;
  const lastSeen = row.last_seen_at ? new Date(row.last_seen_at).getTime() : 0;
  if (now.getTime() - lastSeen > SESSION_IDLE_MS) return null;
  if (now.getTime() - lastSeen > 60_000)
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('id', '=', row.session_id)
      .execute();
  return { sessionId: row.session_id, user: toUser(row) };
}

export async function logout(db: Executor, sessionId: string, actor: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await trx
      .updateTable('sessions')
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', sessionId)
      .where('revoked_at', 'is', null)
      .returning('user_id')
      .executeTakeFirst();
    if (row) await appendAudit(trx, { actor, action: 'auth.logout', entity: 'user', entityId: row.user_id });
  });
}
