import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';
import { createApiToken, resolveApiToken, revokeApiToken } from './api-token.service.js';
import {
  LOCKOUT_THRESHOLD,
  SESSION_IDLE_MS,
  SESSION_LIFETIME_MS,
  login,
  logout,
  resolveSession,
} from './session.service.js';
import { totpCodeAt } from './totp.js';
import { confirmTotp, disableTotp, startTotpSetup } from './totp.service.js';
import { changePassword, createUser, updateUser } from './user.service.js';

const PASSWORD = 'a long pass phrase for tests';

describeEachDatabase('accounts', (use) => {
  const ctx = () => ({ db: use().db, actor: 'test' });
  let n = 0;
  const newUser = async (role: 'admin' | 'editor' | 'researcher' | 'viewer' = 'researcher') =>
    createUser(ctx(), {
      email: `User${++n}@Example.org`,
      displayName: `User ${n}`,
      password: PASSWORD,
      role,
    });

  it('stores an argon2id hash, never the password, and keys e-mails in lower case', async () => {
    const user = await newUser();
    expect(user.email).toBe(`user${n}@example.org`);
    const row = await use()
      .db.selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
    await expect(
      createUser(ctx(), { email: user.email.toUpperCase(), displayName: 'x', password: PASSWORD }),
    ).rejects.toMatchObject({
      code: 'duplicate',
      field: 'email',
    });
  });

  it('refuses weak passwords and bad e-mails, naming the field', async () => {
    await expect(
      createUser(ctx(), { email: 'weak@example.org', displayName: 'w', password: 'short' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      field: 'password',
    });
    await expect(
      createUser(ctx(), {
        email: 'aaaaaaaaaaaaaaaa@example.org',
        displayName: 'w',
        password: 'aaaaaaaaaaaaaaaa',
      }),
    ).rejects.toMatchObject({
      field: 'password',
    });
    await expect(
      createUser(ctx(), { email: 'not an address', displayName: 'w', password: PASSWORD }),
    ).rejects.toMatchObject({
      field: 'email',
    });
  });

  it('signs in with the right password only, and the session ends at sign-out, expiry or idleness', async () => {
    const user = await newUser();
    await expect(login(ctx(), { email: user.email, password: 'wrong password here' })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    await expect(login(ctx(), { email: 'nobody@example.org', password: PASSWORD })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    const now = new Date();
    const signedIn = await login(ctx(), { email: user.email, password: PASSWORD }, {}, now);
    const stored = await use()
      .db.selectFrom('sessions')
      .select('token_hash')
      .where('id', '=', signedIn.sessionId)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toBe(signedIn.token);
    expect((await resolveSession(use().db, signedIn.token, now))?.user.id).toBe(user.id);
    expect(
      await resolveSession(use().db, signedIn.token, new Date(now.getTime() + SESSION_IDLE_MS + 1000)),
    ).toBeNull();
    expect(
      await resolveSession(use().db, signedIn.token, new Date(now.getTime() + SESSION_LIFETIME_MS + 1000)),
    ).toBeNull();
    expect(await resolveSession(use().db, 'dls_' + 'x'.repeat(43), now)).toBeNull();
    await logout(use().db, signedIn.sessionId, 'test');
    expect(await resolveSession(use().db, signedIn.token, now)).toBeNull();
  });

  it(`locks an account after ${LOCKOUT_THRESHOLD} wrong passwords, audits it, and an admin can unlock it`, async () => {
    const user = await newUser();
    for (let i = 0; i < LOCKOUT_THRESHOLD; i++)
      await expect(
        login(ctx(), { email: user.email, password: `wrong password ${i}` }),
      ).rejects.toMatchObject({ code: 'unauthenticated' });
    // Even the right password is refused while the lock lasts.
    await expect(login(ctx(), { email: user.email, password: PASSWORD })).rejects.toMatchObject({
      code: 'rate_limited',
    });
    const audit = await use()
      .db.selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', user.id)
      .execute();
    expect(audit.map((a) => a.action)).toContain('auth.lockout');
    await updateUser(ctx(), user.id, { unlock: true });
    await expect(login(ctx(), { email: user.email, password: PASSWORD })).resolves.toMatchObject({
      user: { id: user.id },
    });
  });

  it('ends the sessions of a disabled user and refuses them sign-in', async () => {
    const user = await newUser();
    const signedIn = await login(ctx(), { email: user.email, password: PASSWORD });
    await updateUser(ctx(), user.id, { disabled: true });
    expect(await resolveSession(use().db, signedIn.token)).toBeNull();
    await expect(login(ctx(), { email: user.email, password: PASSWORD })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });

  it('keeps at least one active admin', async () => {
    const admins = await use().db.selectFrom('users').select('id').where('role', '=', 'admin').execute();
    const admin = admins.length === 0 ? await newUser('admin') : { id: admins[0]!.id };
    const others = await use()
      .db.selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('id', '<>', admin.id)
      .execute();
    for (const other of others) await updateUser(ctx(), other.id, { role: 'viewer' });
    await expect(updateUser(ctx(), admin.id, { role: 'viewer' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(updateUser(ctx(), admin.id, { disabled: true })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('changes a password only with the current one, ending the other sessions', async () => {
    const user = await newUser();
    const first = await login(ctx(), { email: user.email, password: PASSWORD });
    const second = await login(ctx(), { email: user.email, password: PASSWORD });
    await expect(
      changePassword(ctx(), user.id, {
        currentPassword: 'not the password',
        newPassword: 'another long pass phrase',
      }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await changePassword(
      ctx(),
      user.id,
      { currentPassword: PASSWORD, newPassword: 'another long pass phrase' },
      first.sessionId,
    );
    expect(await resolveSession(use().db, first.token)).not.toBeNull();
    expect(await resolveSession(use().db, second.token)).toBeNull();
    await expect(
      login(ctx(), { email: user.email, password: 'another long pass phrase' }),
    ).resolves.toBeTruthy();
  });

  it('resolves API tokens stored as hashes, with their scopes, until revoked or expired', async () => {
    const user = await newUser();
    const created = await createApiToken(ctx(), user.id, {
      name: 'nightly export',
      scopes: ['read'],
      expiresInDays: 1,
    });
    expect(created.token).toMatch(/^dlt_/);
    const row = await use()
      .db.selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).not.toContain(created.token.slice(4));
    expect(await resolveApiToken(use().db, created.token)).toMatchObject({
      scopes: ['read'],
      user: { id: user.id },
    });
    expect(await resolveApiToken(use().db, created.token, new Date(Date.now() + 2 * 86_400_000))).toBeNull();
    await revokeApiToken(ctx(), user.id, created.id);
    expect(await resolveApiToken(use().db, created.token)).toBeNull();
    await expect(createApiToken(ctx(), user.id, { name: 'x', scopes: ['admin'] })).rejects.toMatchObject({
      field: 'scopes[0]',
    });
  });

  it('asks for a TOTP code once the second factor is confirmed, and refuses a wrong one', async () => {
    const user = await newUser();
    const { secret, uri } = await startTotpSetup(ctx(), user.id);
    expect(uri).toContain('otpauth://totp/');
    await expect(
      confirmTotp(ctx(), user.id, {
        code: '000000' === totpCodeAt(secret, Date.now()) ? '111111' : '000000',
      }),
    ).rejects.toMatchObject({
      field: 'code',
    });
    // Not yet confirmed: signing in still needs only the password.
    await expect(login(ctx(), { email: user.email, password: PASSWORD })).resolves.toBeTruthy();
    await confirmTotp(ctx(), user.id, { code: totpCodeAt(secret, Date.now()) });
    await expect(login(ctx(), { email: user.email, password: PASSWORD })).rejects.toMatchObject({
      field: 'totp',
    });
    const wrong = totpCodeAt(secret, Date.now() + 10 * 60_000);
    await expect(login(ctx(), { email: user.email, password: PASSWORD, totp: wrong })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    const code = totpCodeAt(secret, Date.now());
    await expect(login(ctx(), { email: user.email, password: PASSWORD, totp: code })).resolves.toBeTruthy();
    // The same code again (overheard, or replayed) is refused.
    await expect(login(ctx(), { email: user.email, password: PASSWORD, totp: code })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    await disableTotp(ctx(), user.id, { code: totpCodeAt(secret, Date.now()) });
    await expect(login(ctx(), { email: user.email, password: PASSWORD })).resolves.toBeTruthy();
  });
});
