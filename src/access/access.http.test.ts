/**
 * Access over HTTP as browsers and scripts meet it: the local mode and its limits, sign-in with a cookie and
 * CSRF token, API tokens and their scopes, brute force, and what a reader not cleared for a case sees.
 */
import { beforeAll, expect, it } from 'vitest';
import { createAct } from '../acts/act.service.js';
import { createActor } from '../actors/actor.service.js';
import { createCase } from '../cases/case.service.js';
import { seedKyrgyzstanCase } from '../demo/seed-kyrgyzstan.js';
import { createIncident } from '../incidents/incident.service.js';
import { buildServer, type DalilServer } from '../http/server.js';
import { describeEachDatabase } from '../test/databases.js';
import { addUser, signIn, TEST_PASSWORD } from './test-principals.js';

describeEachDatabase('access over HTTP', (use) => {
  let app: DalilServer;
  let caseId: string;
  let incidents: Record<string, string>;

  beforeAll(async () => {
    const seeded = await seedKyrgyzstanCase({ db: use().db, actor: 'test' }, null);
    caseId = seeded.caseId;
    incidents = seeded.incidents;
    app = await buildServer({ db: use().db, webRoot: null, allowLocal: true });
  });

  it('runs without sign-in while no account exists, for loopback names only, and refuses cross-site writes', async () => {
    const session = await app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(session.json()).toMatchObject({ mode: 'local', user: null });
    expect((await app.inject({ method: 'GET', url: `/api/incidents?caseId=${caseId}` })).statusCode).toBe(
      200,
    );
    // A site whose name resolves to 127.0.0.1 (DNS rebinding) is not a loopback name.
    const rebound = await app.inject({
      method: 'GET',
      url: '/api/cases',
      headers: { host: 'evil.example:8080' },
    });
    expect(rebound.statusCode).toBe(403);
    const refusal = rebound.json<{ error: { code: string; message: string } }>().error;
    expect(refusal.code).toBe('forbidden');
    expect(refusal.message).toContain('127.0.0.1');
    const badToken = await app.inject({
      method: 'GET',
      url: '/api/cases',
      headers: { authorization: 'Bearer nonsense' },
    });
    expect(badToken.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    const crossSite = await app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      payload: { slug: 'x', title: 'x' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(
      await use().db.selectFrom('cases').select('id').where('slug', '=', 'x').executeTakeFirst(),
    ).toBeUndefined();
  });

  it('requires sign-in once an account exists, and sets a strict HttpOnly cookie', async () => {
    await addUser(use().db, 'admin@example.org', 'admin');
    expect((await app.inject({ method: 'GET', url: `/api/incidents?caseId=${caseId}` })).statusCode).toBe(
      401,
    );
    expect((await app.inject({ method: 'GET', url: '/api/auth/session' })).json()).toMatchObject({
      mode: 'accounts',
      user: null,
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ADMIN@example.org', password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/^dalil_session=dls_[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(login.body).not.toContain('password');
  });

  it('refuses a write with the session cookie but without its CSRF token', async () => {
    const admin = await signIn(app, 'admin@example.org', '');
    const payload = { slug: 'csrf-test', title: 'CSRF test' };
    const withoutToken = await app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: admin.headers.cookie! },
      payload,
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json()).toMatchObject({ error: { field: 'x-csrf-token' } });
    const forged = await app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { ...admin.headers, 'x-csrf-token': 'forged' },
      payload,
    });
    expect(forged.statusCode).toBe(403);
    const ok = await app.inject({ method: 'POST', url: '/api/cases', headers: admin.headers, payload });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ slug: 'csrf-test' });
    const audit = await use()
      .db.selectFrom('audit_log')
      .select('actor')
      .where('action', '=', 'case.create')
      .where('entity_id', '=', ok.json<{ id: string }>().id)
      .executeTakeFirstOrThrow();
    expect(audit.actor).toBe('user:admin@example.org');
  });

  it('lets an API token act within its scopes, and not at all once revoked', async () => {
    const admin = await signIn(app, 'admin@example.org', '');
    const created = await app.inject({
      method: 'POST',
      url: '/api/account/tokens',
      headers: admin.headers,
      payload: { name: 'reader', scopes: ['read'] },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json<{ token: string; id: string }>();
    const bearer = { authorization: `Bearer ${token}` };
    expect(
      (await app.inject({ method: 'GET', url: `/api/incidents?caseId=${caseId}`, headers: bearer }))
        .statusCode,
    ).toBe(200);
    const write = await app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: bearer,
      payload: { slug: 'by-token', title: 'No' },
    });
    expect(write.statusCode).toBe(403);
    const listed = await app.inject({ method: 'GET', url: '/api/account/tokens', headers: admin.headers });
    expect(listed.body).not.toContain(token);
    await app.inject({ method: 'DELETE', url: `/api/account/tokens/${id}`, headers: admin.headers });
    expect(
      (await app.inject({ method: 'GET', url: `/api/incidents?caseId=${caseId}`, headers: bearer }))
        .statusCode,
    ).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: '/api/cases', headers: { authorization: 'Bearer dlt_guess' } }))
        .statusCode,
    ).toBe(401);
  });

  it('slows a brute force from one address and locks the account, whatever passwords are tried', async () => {
    const userId = await addUser(use().db, 'target@example.org', 'viewer');
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '203.0.113.9',
        payload: { email: 'target@example.org', password: `guess number ${i}` },
      });
      codes.push(response.statusCode);
      if (response.statusCode === 429) expect(response.headers['retry-after']).toMatch(/^\d+$/);
    }
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes.slice(5, 10)).toEqual([429, 429, 429, 429, 429]); // the account is locked
    expect(codes.slice(10)).toEqual([429, 429]); // and the address is throttled
    // The right password from another address is still refused while the lock lasts: nothing leaks.
    const right = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '198.51.100.1',
      payload: { email: 'target@example.org', password: TEST_PASSWORD },
    });
    expect(right.statusCode).toBe(429);
    expect(right.headers['set-cookie']).toBeUndefined();
    const row = await use()
      .db.selectFrom('users')
      .select('locked_until')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    expect(row.locked_until).not.toBeNull();
  });

  it('shows a viewer pseudonyms instead of victims’ names, and a researcher the names', async () => {
    const viewerId = await addUser(use().db, 'viewer@example.org', 'viewer', [{ caseId, role: 'viewer' }]);
    const researcherId = await addUser(use().db, 'researcher@example.org', 'viewer', [
      { caseId, role: 'researcher' },
    ]);
    const viewer = await signIn(app, 'viewer@example.org', viewerId);
    const researcher = await signIn(app, 'researcher@example.org', researcherId);
    const url = `/api/incidents/${incidents['kozhomuratov-rubber-bullet']}`;
    const seenByViewer = await app.inject({ method: 'GET', url, headers: viewer.headers });
    expect(seenByViewer.statusCode).toBe(200);
    expect(seenByViewer.body).not.toMatch(/Kozhomuratov|Кожомуратов/);
    expect(seenByViewer.body).toMatch(/Journalist [A-Z]/);
    const seenByResearcher = await app.inject({ method: 'GET', url, headers: researcher.headers });
    expect(seenByResearcher.body).toContain('Kozhomuratov');
    const list = await app.inject({
      method: 'GET',
      url: `/api/incidents?caseId=${caseId}&limit=100`,
      headers: viewer.headers,
    });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toMatch(/Kozhomuratov|Kharizov/);
  });

  it('hides a confidential incident from a viewer and audits a cleared reader opening it', async () => {
    const id = incidents['kharizov-phone']!;
    await use()
      .db.updateTable('incidents')
      .set({ confidentiality: 'confidential' })
      .where('id', '=', id)
      .execute();
    const viewer = await signIn(app, 'viewer@example.org', '');
    const researcher = await signIn(app, 'researcher@example.org', '');
    expect(
      (await app.inject({ method: 'GET', url: `/api/incidents/${id}`, headers: viewer.headers })).statusCode,
    ).toBe(404);
    expect(
      (await app.inject({ method: 'GET', url: `/api/incidents/${id}`, headers: researcher.headers }))
        .statusCode,
    ).toBe(200);
    const read = await use()
      .db.selectFrom('audit_log')
      .select(['actor', 'action'])
      .where('entity_id', '=', id)
      .where('action', '=', 'record.read')
      .execute();
    expect(read).toEqual([{ actor: 'user:researcher@example.org', action: 'record.read' }]);
  });

  it('shows each reader only the cases they may open, and the public only published ones', async () => {
    await use()
      .db.insertInto('cases')
      .values({ id: crypto.randomUUID(), slug: 'published', title: 'Published', confidentiality: 'public' })
      .execute();
    const viewer = await signIn(app, 'viewer@example.org', '');
    const slugs = async (headers: Record<string, string>) =>
      (await app.inject({ method: 'GET', url: '/api/cases', headers }))
        .json<{ slug: string }[]>()
        .map((c) => c.slug)
        .sort();
    expect(await slugs({})).toEqual(['published']);
    expect(await slugs(viewer.headers)).toEqual(['kyrgyzstan-2020-10', 'published'].sort());
  });

  it('lets the public read a published case, redacted, and only its public incidents', async () => {
    await use().db.updateTable('cases').set({ confidentiality: 'public' }).where('id', '=', caseId).execute();
    const publicIncident = incidents['kozhomuratov-rubber-bullet']!;
    await use()
      .db.updateTable('incidents')
      .set({ confidentiality: 'public' })
      .where('id', '=', publicIncident)
      .execute();
    const list = await app.inject({ method: 'GET', url: `/api/incidents?caseId=${caseId}&limit=100` });
    expect(list.statusCode).toBe(200);
    const listed = list.json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(listed).toEqual([publicIncident]);
    expect(list.body).not.toMatch(/Kozhomuratov|Кожомуратов/);
    const one = await app.inject({ method: 'GET', url: `/api/incidents/${publicIncident}` });
    expect(one.statusCode).toBe(200);
    expect(one.body).not.toMatch(/Kozhomuratov|Кожомуратов/);
    expect(one.body).toMatch(/Journalist [A-Z]/);
    // A restricted incident of the published case does not exist for the public; writing needs sign-in.
    const restricted = await app.inject({
      method: 'GET',
      url: `/api/incidents/${incidents['dispersal-bishkek']}`,
    });
    expect(restricted.statusCode).toBe(404);
    const write = await app.inject({
      method: 'PATCH',
      url: `/api/incidents/${publicIncident}`,
      payload: { version: 1, title: 'x' },
    });
    expect(write.statusCode).toBe(401);
    // The dashboard's counts for the public count only what the public may see.
    const stats = await app.inject({ method: 'GET', url: `/api/cases/${caseId}/stats` });
    expect(stats.statusCode).toBe(200);
    expect(stats.json<{ incidents: { total: number } }>().incidents.total).toBe(1);
    const allegations = await app.inject({ method: 'GET', url: `/api/cases/${caseId}/allegations` });
    expect(allegations.statusCode).toBe(401);
    const documents = await app.inject({ method: 'GET', url: `/api/documents?caseId=${caseId}` });
    expect(documents.statusCode).toBe(401);
  });

  it('reveals in the shared actor registry only the people of the cases the reader is cleared on', async () => {
    const ctx = { db: use().db, actor: 'test' };
    const other = await createCase(ctx, { slug: 'other-case', title: 'Another case' });
    const witness = await createActor(ctx, {
      kind: 'person',
      name: 'Zarina Secretova',
      professionalRole: 'medic',
    });
    const incident = await createIncident(ctx, {
      caseId: other.id,
      title: 'Clinic raided',
      eventType: 'attack_on_medical_services',
    });
    await createAct(ctx, { incidentId: incident.id, victimId: witness.id, actType: 'attack' });
    const researcher = await signIn(app, 'researcher@example.org', '');
    const seen = await app.inject({ method: 'GET', url: '/api/actors', headers: researcher.headers });
    expect(seen.statusCode).toBe(200);
    expect(seen.body).toContain('Kozhomuratov'); // a person of the case the researcher is cleared on
    expect(seen.body).not.toContain('Secretova'); // a person only another case knows
    const admin = await signIn(app, 'admin@example.org', '');
    expect((await app.inject({ method: 'GET', url: '/api/actors', headers: admin.headers })).body).toContain(
      'Secretova',
    );
  });
});
