/**
 * Test factory: users in each role, members of a case, signed in over HTTP with a real session cookie and
 * CSRF token (nothing is mocked: the server hashes, stores and checks them as in production).
 */
import type { UserRole } from '../accounts/account.schema.js';
import { setMember } from '../accounts/member.service.js';
import { createUser } from '../accounts/user.service.js';
import type { Db } from '../db/connect.js';
import type { DalilServer } from '../http/server.js';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface SignedInClient {
  email: string;
  userId: string;
  headers: Record<string, string>;
}

export async function addUser(
  db: Db,
  email: string,
  role: UserRole,
  memberships: { caseId: string; role: UserRole }[] = [],
): Promise<string> {
  const ctx = { db, actor: 'test' };
  const user = await createUser(ctx, {
    email,
    displayName: email.split('@')[0],
    password: TEST_PASSWORD,
    role,
  });
  for (const m of memberships) await setMember(ctx, m.caseId, user.id, { role: m.role });
  return user.id;
}

/** Signs in over HTTP and returns the headers a browser would send: the cookie and the CSRF token. */
export async function signIn(
  app: DalilServer,
  email: string,
  userId: string,
  password = TEST_PASSWORD,
): Promise<SignedInClient> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.body}`);
  const cookie = String(response.headers['set-cookie']).split(';')[0]!;
  const { csrfToken } = response.json<{ csrfToken: string }>();
  return { email, userId, headers: { cookie, 'x-csrf-token': csrfToken } };
}
