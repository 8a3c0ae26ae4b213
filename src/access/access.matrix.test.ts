/**
 * The authorisation matrix: every route the server has × every role (and nobody signed in, and a user who is
 * not a member) gets exactly the access the policy table says. Routes are enumerated from the server itself,
 * so a new route without a rule fails here. Requests are built so that an allowed caller gets past the
 * access check and is stopped by validation (or does something harmless), and a refused one gets 401/403.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserRole } from '../accounts/account.schema.js';
import { seedKyrgyzstanCase } from '../demo/seed-kyrgyzstan.js';
import { buildServer, type DalilServer } from '../http/server.js';
import { describeEachDatabase } from '../test/databases.js';
import { decideAnyCase, decideCase, decideGlobal, type RouteRule } from './policy.js';
import { ANONYMOUS, type Principal } from './principal.js';
import { ROUTE_POLICIES, policyFor } from './route-policies.js';
import { addUser, signIn, type SignedInClient } from './test-principals.js';

type Who = 'anonymous' | 'outsider' | UserRole;
const EVERYONE: Who[] = ['anonymous', 'outsider', 'viewer', 'researcher', 'editor', 'admin'];

/** Route param values by the path they belong to. */
function fillPath(url: string, ids: Record<string, string>): string {
  return url
    .replace('/*', '/incidents')
    .replace(
      /^\/api\/([a-z-]+)\/:id/,
      (_m, collection: string) => `/api/${collection}/${ids[collection] ?? ids.cases}`,
    )
    .replace(':caseId', ids.cases!)
    .replace(':userId', ids.nonMember!)
    .replace(':format', 'csv')
    .replace(':id', ids.cases!);
}

function principalFor(who: Who, userIds: Record<string, string>): Principal {
  if (who === 'anonymous') return ANONYMOUS;
  const role: UserRole = who === 'outsider' ? 'researcher' : who === 'admin' ? 'admin' : 'viewer';
  return {
    kind: 'user',
    via: 'session',
    sessionId: 'x',
    csrfToken: 'x',
    user: {
      id: userIds[who]!,
      email: `${who}@example.org`,
      displayName: who,
      role,
      totpEnabled: false,
      disabled: false,
      lockedUntil: null,
      lastLoginAt: null,
      createdAt: '',
    },
  };
}

/** What the declared policy says about one caller on the (restricted) seed case. */
function expectedAllowed(rule: RouteRule, who: Who, userIds: Record<string, string>): boolean {
  const principal = principalFor(who, userIds);
  const memberRole = who === 'anonymous' || who === 'outsider' || who === 'admin' ? null : who;
  switch (rule.kind) {
    case 'case':
      return decideCase(principal, rule, { caseConfidentiality: 'restricted', memberRole }).allowed;
    case 'any_case':
      return decideAnyCase(principal, rule, memberRole ? [memberRole] : []).allowed;
    case 'open':
    case 'signed_in':
    case 'admin':
      return decideGlobal(principal, rule).allowed;
  }
}

describeEachDatabase('authorisation matrix', (use) => {
  let app: DalilServer;
  const clients: Partial<Record<Who, SignedInClient>> = {};
  const userIds: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { db } = use();
    const seed = await seedKyrgyzstanCase({ db, actor: 'test' }, 'A statement.');
    app = await buildServer({ db, webRoot: null });
    const members: UserRole[] = ['viewer', 'researcher', 'editor'];
    userIds.admin = await addUser(db, 'admin@example.org', 'admin');
    for (const role of members)
      userIds[role] = await addUser(db, `${role}@example.org`, 'viewer', [{ caseId: seed.caseId, role }]);
    userIds.outsider = await addUser(db, 'outsider@example.org', 'researcher');
    for (const who of [...members, 'admin', 'outsider'] as const)
      clients[who] = await signIn(app, `${who}@example.org`, userIds[who]!);

    // Every kind of record a route can be about, made through the API by the admin.
    const admin = clients.admin!.headers;
    const post = async (url: string, payload: unknown, octet = false) => {
      const response = await app.inject({
        method: 'POST',
        url,
        headers: { ...admin, 'content-type': octet ? 'application/octet-stream' : 'application/json' },
        payload: payload as string,
      });
      if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
      return response.json<Record<string, unknown>>();
    };
    const statement =
      'On 5 October 2020 police in Bishkek fired rubber bullets at protesters to disperse the crowds.';
    await post(`/api/cases/${seed.caseId}/documents?fileName=report.txt`, Buffer.from(statement), true);
    await post(`/api/cases/${seed.caseId}/assess`, {});
    await post(`/api/cases/${seed.caseId}/allegations/propose`, {});
    const evidence = await post(
      `/api/cases/${seed.caseId}/evidence?fileName=photo.txt&collector=Monitor`,
      Buffer.from('a photo'),
      true,
    );
    const [incidentId, ...others] = Object.values(seed.incidents);
    const merge = await post('/api/merges', { targetId: others.at(-2), sourceId: others.at(-1) });
    const first = async (table: 'allegations' | 'figures' | 'citations' | 'proposals' | 'assessments') =>
      (await db.selectFrom(table).select('id').executeTakeFirstOrThrow()).id;
    Object.assign(ids, {
      cases: seed.caseId,
      incidents: incidentId,
      documents: seed.documentId,
      actors: Object.values(seed.actors)[0]!,
      figures: await first('figures'),
      citations: await first('citations'),
      allegations: await first('allegations'),
      proposals: await first('proposals'),
      assessments: await first('assessments'),
      evidence: evidence.id,
      merges: (merge.merge as { id: string }).id,
      sources: (await db.selectFrom('sources').select('id').executeTakeFirstOrThrow()).id,
      users: userIds.viewer!,
      nonMember: userIds.outsider,
    });
  });

  it('has a rule for every route the server serves, and no rule for a route it does not', async () => {
    await app.ready();
    const served = new Set(app.routeKeys().map((r) => `${r.method} ${r.url}`));
    const missing = [...served].filter((key) => !(key in ROUTE_POLICIES));
    expect(missing).toEqual([]);
    // The web app's catch-all only exists with a built web app; every other rule names a real route.
    const stale = Object.keys(ROUTE_POLICIES).filter((key) => !served.has(key) && key !== 'GET /*');
    expect(stale).toEqual([]);
  });

  describe('every route × every caller', () => {
    it('allows exactly whom the policy allows, and refuses the others with 401 or 403', async () => {
      await app.ready();
      const routes = app
        .routeKeys()
        .filter((r) => !r.url.startsWith('/api/docs') && r.url !== '/api/auth/logout')
        .concat([{ method: 'POST', url: '/api/auth/logout' }]); // last: it ends the session
      const mismatches: string[] = [];
      let checked = 0;
      for (const route of routes) {
        for (const who of EVERYONE) {
          const url = `${fillPath(route.url, ids)}?caseId=${ids.cases}&version=999999`;
          const policy = policyFor(route.method, route.url)!;
          const rule = typeof policy === 'function' ? policy({ params: {}, query: {}, body: {} }) : policy;
          const expected = expectedAllowed(rule, who, userIds);
          const octet = /documents$|evidence$|extract$/.test(route.url) && route.method === 'POST';
          const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
          // Names the case (for rules that read it from the body) but fails validation, so nothing is written.
          const body = { caseId: ids.cases, targetId: ids.incidents, unexpected: true };
          const response = await app.inject({
            method: route.method as 'GET',
            url,
            headers: {
              ...(clients[who]?.headers ?? {}),
              ...(hasBody ? { 'content-type': octet ? 'application/octet-stream' : 'application/json' } : {}),
            },
            ...(hasBody ? { payload: octet ? Buffer.alloc(0) : JSON.stringify(body) } : {}),
          });
          checked += 1;
          const refused = response.statusCode === 401 || response.statusCode === 403;
          const rightCode = who === 'anonymous' ? response.statusCode === 401 : response.statusCode === 403;
          if (expected === refused || (refused && !rightCode))
            mismatches.push(
              `${route.method} ${route.url} as ${who}: policy ${expected ? 'allows' : 'refuses'}, got ${response.statusCode} ${response.body.slice(0, 120)}`,
            );
        }
      }
      expect(mismatches).toEqual([]);
      expect(checked).toBeGreaterThan(80 * EVERYONE.length);
    });
  });

  it('refuses a member of one case everything about another case', async () => {
    const { db } = use();
    const other = await db
      .insertInto('cases')
      .values({ id: crypto.randomUUID(), slug: 'other-case', title: 'Another case' })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const who of ['viewer', 'researcher', 'editor'] as const) {
      const { headers } = await signIn(app, `${who}@example.org`, userIds[who]!);
      for (const url of [
        `/api/cases/${other.id}`,
        `/api/incidents?caseId=${other.id}`,
        `/api/cases/${other.id}/assessment-summary`,
      ]) {
        const response = await app.inject({ method: 'GET', url, headers });
        expect(response.statusCode, `${who} GET ${url}`).toBe(403);
      }
    }
    // The matrix signed everyone out at its end: sign in again.
    const { headers } = await signIn(app, 'admin@example.org', userIds.admin!);
    const admin = await app.inject({ method: 'GET', url: `/api/cases/${other.id}`, headers });
    expect(admin.statusCode, admin.body).toBe(200);
  });
});
