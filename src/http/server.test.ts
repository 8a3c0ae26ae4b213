import { expect, it } from 'vitest';
import { seedKyrgyzstanCase } from '../demo/seed-kyrgyzstan.js';
import { describeEachDatabase } from '../test/databases.js';
import { buildServer } from './server.js';

describeEachDatabase('HTTP API', (use) => {
  const server = async () => buildServer({ db: use().db, allowLocal: true });

  it('lists the seed case and its incidents, and shows one with acts and citations', async () => {
    const seeded = await seedKyrgyzstanCase({ db: use().db, actor: 'tester' }, null);
    const app = await server();
    const cases = (await app.inject({ method: 'GET', url: '/api/cases' })).json<{ slug: string }[]>();
    expect(cases.map((c) => c.slug)).toContain('kyrgyzstan-2020-10');
    const list = (
      await app.inject({
        method: 'GET',
        url: `/api/incidents?caseId=${seeded.caseId}&place=${encodeURIComponent('Ош')}`,
      })
    ).json<{ items: { title: string }[] }>();
    expect(list.items.map((i) => i.title)).toEqual([expect.stringMatching(/Kloop film crew/)]);
    // The victim's name in another script finds the incident through its actor.
    const byCyrillicName = (
      await app.inject({
        method: 'GET',
        url: `/api/incidents?caseId=${seeded.caseId}&text=${encodeURIComponent('Кожомуратов')}`,
      })
    ).json<{ items: { id: string }[] }>();
    expect(byCyrillicName.items.map((i) => i.id)).toEqual([seeded.incidents['kozhomuratov-rubber-bullet']]);
    const one = await app.inject({
      method: 'GET',
      url: `/api/incidents/${seeded.incidents['kharizov-phone']}`,
    });
    expect(one.statusCode).toBe(200);
    const body = one.json<{ acts: { methods: string[] }[]; citations: { footnoteUrl: string }[] }>();
    expect(body.acts[0]?.methods).toEqual(['confiscation_of_equipment']);
    expect(body.citations.map((c) => c.footnoteUrl)).toContain(
      'https://cpj.org/2020/10/journalists-attacked-obstructed-during-and-after-parliamentary-elections-in-kyrgyzstan/',
    );
    await app.close();
  });

  it('creates and edits through the API, refusing a stale version with 409', async () => {
    const app = await server();
    const kase = (
      await app.inject({
        method: 'POST',
        url: '/api/cases',
        payload: { slug: 'api-case', title: 'API case' },
      })
    ).json<{ id: string }>();
    const created = await app.inject({
      method: 'POST',
      url: '/api/incidents',
      payload: {
        caseId: kase.id,
        title: 'Tear gas at the rally',
        dateStart: '2021-01-23',
        place: 'Минск',
        eventType: 'excessive_force_against_protesters',
      },
    });
    expect(created.statusCode).toBe(201);
    const incident = created.json<{ id: string; version: number; place: { country: string } }>();
    expect(incident.place.country).toBe('BY');
    const patch = (version: number, injured: number) =>
      app.inject({ method: 'PATCH', url: `/api/incidents/${incident.id}`, payload: { version, injured } });
    expect((await patch(1, 4)).statusCode).toBe(200);
    const stale = await patch(1, 9);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'version_conflict', field: 'version' } });
    await app.close();
  });

  it('renders every bad input as {error: {code, message, field}} without internals', async () => {
    const app = await server();
    const kase = (await app.inject({ method: 'GET', url: '/api/cases/api-case' })).json<{ id: string }>();
    const bad = [
      [{ caseId: kase.id, title: 'x', dateStart: '2021-02-30', eventType: 'attack' }, 'dateStart'],
      [{ caseId: kase.id, title: 'x', eventType: 'riot_of_colours' }, 'eventType'],
      [{ caseId: kase.id, eventType: 'attack' }, 'title'],
      [{ caseId: kase.id, title: 'x', eventType: 'attack', place: 'Nowhere-on-earth' }, 'place'],
    ] as const;
    for (const [payload, field] of bad) {
      const response = await app.inject({ method: 'POST', url: '/api/incidents', payload });
      expect(response.statusCode, field).toBe(400);
      const body = response.json<{ error: { code: string; field: string; message: string } }>();
      expect(body.error.field, JSON.stringify(body)).toBe(field);
      expect(body.error.message).toContain(field);
      expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);
    }
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: { 'content-type': 'application/json' },
      payload: '{"title":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: { code: 'validation_failed' } });
    const missing = await app.inject({
      method: 'GET',
      url: '/api/incidents/00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'not_found' } });
    await app.close();
  });

  it('serves the OpenAPI document and a home page that escapes what it shows', async () => {
    const app = await buildServer({ db: use().db, webRoot: null, allowLocal: true });
    const kase = (await app.inject({ method: 'GET', url: '/api/cases/api-case' })).json<{ id: string }>();
    await app.inject({
      method: 'POST',
      url: '/api/incidents',
      payload: { caseId: kase.id, title: '<script>alert(1)</script>', eventType: 'other' },
    });
    const docs = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    expect(Object.keys(docs.json<{ paths: Record<string, unknown> }>().paths)).toEqual(
      expect.arrayContaining(['/api/incidents', '/api/incidents/{id}', '/api/export']),
    );
    const home = await app.inject({ method: 'GET', url: '/' });
    expect(home.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(home.body).not.toContain('<script>alert(1)');
    expect(home.headers['content-security-policy']).toContain("default-src 'none'");
    await app.close();
  });
});
