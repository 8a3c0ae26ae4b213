import { expect, it } from 'vitest';
import { seedTestAccounts, type TestAccounts } from '../duplicates/test-accounts.js';
import { buildServer } from '../http/server.js';
import { describeEachDatabase } from '../test/databases.js';

interface Candidate {
  score: number;
  a: { id: string };
  b: { id: string };
  reasons: { text: string }[];
}

describeEachDatabase('corroboration over HTTP', (use) => {
  let ids: TestAccounts;

  it('finds duplicates, merges, reports corroboration, undoes once and refuses twice', async () => {
    ids = await seedTestAccounts({ db: use().db, actor: 'tester' }, 'http-accounts');
    const app = await buildServer({ db: use().db, allowLocal: true });
    try {
      const found = await app.inject({
        method: 'GET',
        url: `/api/cases/http-accounts/duplicates?threshold=0.5`,
      });
      expect(found.statusCode).toBe(200);
      const pairs = found.json<Candidate[]>().map((c) => [c.a.id, c.b.id].sort().join('+'));
      expect(pairs).toContain([ids.shotEn, ids.shotRu].sort().join('+'));

      const merged = await app.inject({
        method: 'POST',
        url: '/api/merges',
        payload: { targetId: ids.shotEn, sourceId: ids.shotRu },
      });
      expect(merged.statusCode).toBe(201);
      const mergeId = merged.json<{ merge: { id: string } }>().merge.id;

      const report = await app.inject({ method: 'GET', url: `/api/incidents/${ids.shotEn}/corroboration` });
      expect(report.json()).toMatchObject({ level: 'corroborated', independentSources: 2 });

      const self = await app.inject({
        method: 'POST',
        url: '/api/merges',
        payload: { targetId: ids.shotEn, sourceId: ids.shotEn },
      });
      expect(self.statusCode).toBe(409);
      expect(self.json()).toMatchObject({ error: { code: 'conflict' } });
      const badBody = await app.inject({
        method: 'POST',
        url: '/api/merges',
        payload: { targetId: ids.shotEn },
      });
      expect(badBody.statusCode).toBe(400);

      const undo = await app.inject({ method: 'POST', url: `/api/merges/${mergeId}/undo` });
      expect(undo.statusCode).toBe(200);
      expect(undo.json()).toMatchObject({ source: { id: ids.shotRu, mergedIntoId: null } });
      const again = await app.inject({ method: 'POST', url: `/api/merges/${mergeId}/undo` });
      expect(again.statusCode).toBe(409);
      expect(again.json<{ error: { message: string } }>().error.message).toMatch(/already undone/);

      const listed = await app.inject({ method: 'GET', url: `/api/merges?incidentId=${ids.shotRu}` });
      expect(listed.json<{ id: string; undoneBy: string }[]>()).toMatchObject([
        { id: mergeId, undoneBy: 'http:local' },
      ]);
      const groups = await app.inject({ method: 'GET', url: '/api/cases/http-accounts/figure-groups' });
      expect(groups.statusCode).toBe(200);
      expect(groups.json()).toEqual([]);
      const series = await app.inject({ method: 'GET', url: '/api/cases/http-accounts/figure-series' });
      expect(series.statusCode).toBe(400);

      const docs = await app.inject({ method: 'GET', url: '/api/docs/json' });
      const paths = Object.keys(docs.json<{ paths: Record<string, unknown> }>().paths);
      expect(paths).toEqual(
        expect.arrayContaining([
          '/api/cases/{id}/duplicates',
          '/api/merges',
          '/api/merges/{id}/undo',
          '/api/incidents/{id}/corroboration',
          '/api/cases/{id}/figure-groups',
          '/api/cases/{id}/figure-series',
        ]),
      );
    } finally {
      await app.close();
    }
  });
});
