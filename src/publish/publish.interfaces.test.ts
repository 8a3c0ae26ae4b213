import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getCase, updateCase } from '../cases/case.service.js';
import { runCli } from '../cli/run-cli.js';
import { seedKyrgyzstanCase } from '../demo/seed-kyrgyzstan.js';
import { buildServer } from '../http/server.js';
import { describeEachDatabase } from '../test/databases.js';

describeEachDatabase('publications over HTTP', (use) => {
  it('serves each format with its type and file name, and unmasks only for a named recipient', async () => {
    const ctx = { db: use().db, actor: 'tester' };
    const seed = await seedKyrgyzstanCase(ctx, null);
    const kase = await getCase(ctx, seed.caseId);
    await updateCase(ctx, seed.caseId, { version: kase.version, confidentiality: 'public' });
    await use().db.updateTable('incidents').set({ confidentiality: 'public' }).execute();
    const app = await buildServer({ db: use().db, allowLocal: true, webRoot: null });
    try {
      const geo = await app.inject({
        method: 'GET',
        url: '/api/cases/kyrgyzstan-2020-10/publications/geojson',
      });
      expect(geo.statusCode).toBe(200);
      expect(geo.headers['content-type']).toMatch(/^application\/geo\+json/);
      expect(geo.headers['content-disposition']).toBe(
        'attachment; filename="kyrgyzstan-2020-10-incidents.geojson"',
      );
      expect(geo.json()).toMatchObject({ type: 'FeatureCollection' });
      expect(geo.body).not.toMatch(/Kozhomuratov|Kharizov/);

      const report = await app.inject({
        method: 'GET',
        url: `/api/cases/${seed.caseId}/publications/report`,
      });
      expect(report.statusCode).toBe(200);
      expect(report.headers['content-type']).toMatch(/^text\/html/);
      expect(report.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
      expect(report.body).toContain('Journalist A');

      const noRecipient = await app.inject({
        method: 'GET',
        url: '/api/cases/kyrgyzstan-2020-10/publications/csv?unmask=true',
      });
      expect(noRecipient.statusCode).toBe(400);
      expect(noRecipient.json()).toMatchObject({ error: { code: 'validation_failed' } });
      const badFormat = await app.inject({
        method: 'GET',
        url: '/api/cases/kyrgyzstan-2020-10/publications/pdf',
      });
      expect(badFormat.statusCode).toBe(400);

      const unmasked = await app.inject({
        method: 'GET',
        url: '/api/cases/kyrgyzstan-2020-10/publications/csv?unmask=true&recipient=Ombudsman%20of%20Kyrgyzstan',
      });
      expect(unmasked.statusCode).toBe(200);
      expect(unmasked.headers['cache-control']).toBe('no-store');
      expect(unmasked.headers['content-disposition']).toContain('unmasked-for-ombudsman-of-kyrgyzstan');
      expect(unmasked.body).toContain('Aibol Kozhomuratov');
    } finally {
      await app.close();
    }
  });
});

// The CLI opens its own PGlite store in a data folder.
describe('dalil publish', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dalil-publish-cli-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes a redacted publication, and an unmasked one only with a recipient', async () => {
    const dalil = (...args: string[]) => runCli(['--data', folder, ...args], { DATABASE_URL: undefined });
    expect((await dalil('init', '--demo')).code).toBe(0);
    expect((await dalil('case', 'list', '--json')).stdout).toContain('kyrgyzstan-2020-10');
    // A restricted case is not published for the public.
    const refused = await dalil('publish', '--case', 'kyrgyzstan-2020-10', '--format', 'csv');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/restricted/);
    const noRecipient = await dalil('publish', '--case', 'kyrgyzstan-2020-10', '--format', 'csv', '--unmask');
    expect(noRecipient.code).toBe(1);
    expect(noRecipient.stderr).toMatch(/--recipient/);
    const out = path.join(folder, 'for-ombudsman.html');
    const unmasked = await dalil(
      'publish',
      '--case',
      'kyrgyzstan-2020-10',
      '--format',
      'report',
      '--unmask',
      '--recipient',
      'Ombudsman',
      '--out',
      out,
    );
    expect(unmasked.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Kozhomuratov');
    const audit = await dalil('audit', 'verify');
    expect(audit.code).toBe(0);
  });
});
