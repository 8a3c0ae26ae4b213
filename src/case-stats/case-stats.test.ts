import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ensureDemoCase } from '../demo/ensure-demo.js';
import { KYRGYZSTAN_CASE } from '../demo/kyrgyzstan-2020.data.js';
import { seedKyrgyzstanCase } from '../demo/seed-kyrgyzstan.js';
import { readSeedStatement } from '../demo/statement-file.js';
import { folderFileStore } from '../files/file-store.js';
import { createTestDatabase, describeEachDatabase } from '../test/databases.js';
import { type CaseStats, caseStats } from './case-stats.service.js';

const measure = (stats: CaseStats, key: string) => stats.keyFigures.find((k) => k.measure === key)!;

describeEachDatabase('case statistics', (use) => {
  it('counts the seeded case by day, type and perpetrator kind, with key figures and their reporters', async () => {
    const ctx = { db: use().db, actor: 'test' };
    const seeded = await seedKyrgyzstanCase(ctx, null);
    const stats = await caseStats(ctx, seeded.caseId);
    expect(stats.incidents).toMatchObject({ total: 8, killed: 1, injured: 686 });
    expect(stats.byDay.reduce((n, d) => n + d.count, 0)).toBe(8);
    expect(stats.byType.find((t) => t.type === 'attack_on_journalist')?.count).toBeGreaterThanOrEqual(2);
    expect(stats.byPerpetratorKind.find((p) => p.kind === 'police')?.count).toBeGreaterThanOrEqual(2);
    expect(measure(stats, 'killed').items[0]).toMatchObject({
      value: 1,
      reportedBy: 'Amnesty International',
    });
    expect(measure(stats, 'injured').items[0]).toMatchObject({
      value: 686,
      reportedBy: 'Ministry of Health',
    });
    expect(measure(stats, 'journalists').items[0]).toMatchObject({
      value: 6,
      reportedBy: 'Committee to Protect Journalists',
    });
    expect(stats.allegations.byStage.map((s) => s.stage)[0]).toBe('documented');
    // The limit bounds each list; the total still counts every figure.
    const none = await caseStats(ctx, KYRGYZSTAN_CASE.slug, { limit: 0 });
    expect(measure(none, 'injured')).toMatchObject({ total: 1, items: [] });
  });

  it.runIf(readSeedStatement() !== null)(
    'on the ingested statement, names no reporter for the death and feeds the journalists card',
    async () => {
      // A database of its own: the demo case takes the seeded case's slug.
      const own = await createTestDatabase('pglite');
      try {
        const files = folderFileStore(mkdtempSync(path.join(os.tmpdir(), 'dalil-stats-')));
        const ctx = { db: own.db, actor: 'system:demo', files };
        expect(await ensureDemoCase(ctx)).toMatchObject({ how: 'ingested' });
        const stats = await caseStats(ctx, KYRGYZSTAN_CASE.slug, { limit: 5 });
        const death = measure(stats, 'killed').items.find((f) => f.value === 1);
        // The statement says so in its own voice; the Ministry of Health reported the 686 treated.
        expect(death?.reportedBy).toBeNull();
        expect(death?.document).toMatch(/Kyrgyzstan/i);
        expect(measure(stats, 'injured').items[0]).toMatchObject({
          value: 686,
          reportedBy: 'Ministry of Health',
        });
        expect(measure(stats, 'journalists').items.map((f) => f.value)).toContain(6);
      } finally {
        await own.dispose();
      }
    },
  );
});
