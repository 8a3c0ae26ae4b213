import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTarget } from '../app/database-target.js';
import { runCli } from '../cli/run-cli.js';
import { openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { seedKyrgyzstanCase } from '../demo/seed-kyrgyzstan.js';
import { seedTestAccounts, type TestAccounts } from '../duplicates/test-accounts.js';
import { createTestDatabase, databaseKinds } from '../test/databases.js';

for (const kind of databaseKinds) {
  describe(`dalil duplicates, merge, corroboration, figures [${kind}]`, () => {
    let folder = '';
    let env: Record<string, string | undefined> = {};
    let dispose = async () => {};
    let ids: TestAccounts;
    const dalil = (...args: string[]) => runCli(kind === 'pglite' ? ['--data', folder, ...args] : args, env);

    beforeAll(async () => {
      folder = mkdtempSync(path.join(os.tmpdir(), 'dalil-corroboration-'));
      // The CLI keeps its PGlite database inside the data folder.
      let url = resolveTarget({ data: folder }, {}).url;
      if (kind === 'postgres') {
        const database = await createTestDatabase('postgres');
        env = { DATABASE_URL: database.url };
        await database.db.destroy();
        dispose = database.dispose;
        url = database.url;
      } else {
        env = { DATABASE_URL: undefined };
      }
      const store = await openDatabase({ url });
      try {
        await migrateToLatest(store.db);
        ids = await seedTestAccounts({ db: store.db, actor: 'tester' }, 'cli-accounts');
        await seedKyrgyzstanCase({ db: store.db, actor: 'tester' }, null);
      } finally {
        await store.close();
      }
    });
    afterAll(async () => {
      rmSync(folder, { recursive: true, force: true });
      await dispose();
    });

    it('lists duplicates, merges, shows corroboration, undoes once and refuses twice', async () => {
      const listed = await dalil('duplicates', '--case', 'cli-accounts');
      expect(listed.stderr).toBe('');
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(/because: .*same day 2020-10-05/);
      expect(listed.stdout).toMatch(/likely duplicate pairs/);

      const merged = await dalil('--json', 'merge', ids.shotEn, ids.shotRu);
      expect(merged.stderr).toBe('');
      const mergeId = (JSON.parse(merged.stdout) as { merge: { id: string } }).merge.id;

      const report = await dalil('corroboration', ids.shotEn);
      expect(report.stdout).toMatch(/level: corroborated \(2 independent\)/);
      expect(report.stdout).toMatch(
        /Кыргыз Пресс Обзор cli-accounts \(C\), credibility 2: "Вечером 5 октября/,
      );
      expect(report.stdout).toMatch(/https:\/\/review\.example\.kg\/ru\/news\/asanov/);

      const self = await dalil('merge', ids.shotEn, ids.shotEn);
      expect(self.code).toBe(1);
      expect(self.stderr).toMatch(/cannot be merged with itself/);

      const merges = await dalil('merges', '--incident', ids.shotRu);
      expect(merges.stdout).toContain(mergeId);
      expect((await dalil('unmerge', mergeId)).code).toBe(0);
      const again = await dalil('unmerge', mergeId);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/already undone/);

      expect((await dalil('figures', '--case', 'cli-accounts')).stdout).toBe('');
    });

    it('prints the seed figures by measure, and one measure as a series', async () => {
      const added = await dalil(
        'figure',
        'add',
        '--case',
        'kyrgyzstan-2020-10',
        '--what',
        'people injured',
        '--measure',
        'injured_treated',
        '--value',
        '600',
        '--qualifier',
        'almost',
        '--as-of',
        '2020-10-06',
        '--reported-by',
        'a news site (test)',
      );
      expect(added.code).toBe(0);
      const figures = await dalil('figures', '--case', 'kyrgyzstan-2020-10');
      expect(figures.stdout).toMatch(/injured_treated: .* 600–686 {2}\(reporters disagree\)/);
      expect(figures.stdout).toMatch(/600 {2}almost .*as of 2020-10-06 {2}a news site \(test\)/);
      expect(figures.code).toBe(0);
      expect(figures.stdout).toMatch(/covid19_cases_per_day: .* 53–245 {2}\(series\)/);
      expect(figures.stdout).toMatch(/686 {2}exact .*as of 2020-10-05 {2}Ministry of Health/);
      const series = await dalil(
        'figures',
        '--case',
        'kyrgyzstan-2020-10',
        '--measure',
        'covid19_cases_per_day',
      );
      const lines = series.stdout.trim().split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[1]).toMatch(/53 .*2020-09-13/);
      expect(lines[2]).toMatch(/245 .*2020-10-08/);
    });
  });
}
