/**
 * User accounts: created by an admin (or by `dalil user add --admin` on first run), never deleted (their
 * names stay in the audit log), disabled instead. Every change is audited; no hash or secret is.
 */
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.js';
import type { Row } from '../db/schema.js';
import { type Executor, inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { type User, type UserRole, passwordChange, userInput, userUpdate } from './account.schema.js';
import { checkPasswordStrength, hashPassword, verifyPassword } from './password.js';

export function toUser(row: Row<'users'>): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as UserRole,
    totpEnabled: row.totp_confirmed_at !== null,
    disabled: row.disabled_at !== null,
    lockedUntil: row.locked_until,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
  };
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function createUser(ctx: ServiceContext, raw: unknown): Promise<User> {
  const input = parseInput(userInput, raw);
  checkPasswordStrength(input.password);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx.db, async (trx) => {
    const taken = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', input.email)
      .executeTakeFirst();
    if (taken)
      throw new AppError('duplicate', `a user with the e-mail ${input.email} already exists`, 'email');
    const row = await trx
      .insertInto('users')
      .values({
        id: randomUUID(),
        email: input.email,
        display_name: input.displayName,
        password_hash: passwordHash,
        role: input.role,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const user = toUser(row);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'user.create',
      entity: 'user',
      entityId: user.id,
      after: user,
    });
    return user;
  });
}

async function userRow(db: Executor, idOrEmail: string): Promise<Row<'users'>> {
  const byId = /^[0-9a-f-]{36}$/i.test(idOrEmail);
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where(byId ? 'id' : 'email', '=', byId ? idOrEmail : idOrEmail.toLowerCase())
    .executeTakeFirst();
  if (!row) throw notFound('user', idOrEmail);
  return row;
}

export const getUser = async (ctx: ServiceContext, idOrEmail: string): Promise<User> =>
  toUser(await userRow(ctx.db, idOrEmail));

export async function listUsers(ctx: ServiceContext): Promise<User[]> {
  const rows = await ctx.db.selectFrom('users').selectAll().orderBy('email').execute();
  return rows.map(toUser);
}

export async function updateUser(ctx: ServiceContext, idOrEmail: string, raw: unknown): Promise<User> {
  const input = parseInput(userUpdate, raw);
  return inTransaction(ctx.db, async (trx) => {
    const beforeRow = await userRow(trx, idOrEmail);
    const before = toUser(beforeRow);
    if (before.role === 'admin' && ((input.role && input.role !== 'admin') || input.disabled === true))
      await refuseLosingLastAdmin(trx, before.id);
    const row = await trx
      .updateTable('users')
      .set({
        ...(input.displayName === undefined ? {} : { display_name: input.displayName }),
        ...(input.role === undefined ? {} : { role: input.role }),
        ...(input.disabled === undefined
          ? {}
          : { disabled_at: input.disabled ? new Date().toISOString() : null }),
        ...(input.unlock ? { failed_logins: 0, locked_until: null } : {}),
        updated_at: new Date().toISOString(),
        version: (eb) => eb('version', '+', 1),
      })
      .where('id', '=', before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    // A disabled account, or one whose role changed, signs in again: its open sessions end now.
    if (input.disabled === true || (input.role !== undefined && input.role !== before.role))
      await trx
        .updateTable('sessions')
        .set({ revoked_at: new Date().toISOString() })
        .where('user_id', '=', before.id)
        .where('revoked_at', 'is', null)
        .execute();
    const after = toUser(row);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'user.update',
      entity: 'user',
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}

async function refuseLosingLastAdmin(trx: Executor, userId: string): Promise<void> {
  const others = await trx
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .where('id', '<>', userId)
    .executeTakeFirst();
  if (!others)
    throw new AppError('conflict', 'this is the last active admin: make another admin first', 'role');
}

/** Changes one's own password: the current one is required, and every other session ends. */
export async function changePassword(
  ctx: ServiceContext,
  userId: string,
  raw: unknown,
  keepSessionId?: string,
): Promise<void> {
  const input = parseInput(passwordChange, raw);
  const row = await userRow(ctx.db, userId);
  if (!(await verifyPassword(row.password_hash, input.currentPassword)))
    throw new AppError('forbidden', 'the current password is wrong', 'currentPassword');
  checkPasswordStrength(input.newPassword, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx.db, async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: new Date().toISOString() })
      .where('id', '=', row.id)
      .execute();
    let others = trx
      .updateTable('sessions')
      .set({ revoked_at: new Date().toISOString() })
      .where('user_id', '=', row.id)
      .where('revoked_at', 'is', null);
    if (keepSessionId) others = others.where('id', '<>', keepSessionId);
    await others.execute();
    await appendAudit(trx, { actor: ctx.actor, action: 'user.password', entity: 'user', entityId: row.id });
  });
}

/** Sets a password without knowing the old one: an admin's reset (CLI or API). */
export async function resetPassword(ctx: ServiceContext, idOrEmail: string, password: string): Promise<void> {
  checkPasswordStrength(password);
  const passwordHash = await hashPassword(password);
  await inTransaction(ctx.db, async (trx) => {
    const row = await userRow(trx, idOrEmail);
    await trx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        failed_logins: 0,
        locked_until: null,
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    await trx
      .updateTable('sessions')
      .set({ revoked_at: new Date().toISOString() })
      .where('user_id', '=', row.id)
      .where('revoked_at', 'is', null)
      .execute();
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'user.password_reset',
      entity: 'user',
      entityId: row.id,
    });
  });
}
