import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connect.js';
import { seedKyrgyzstanCase } from '../../demo/seed-kyrgyzstan.js';
import { readSeedStatement } from '../../demo/statement-file.js';
import { createTestDatabase, databaseKinds } from '../../test/databases.js';
import { runCli } from '../run-cli.js';

interface Row {
  id: string;
  incident: string;
  act: string;
  rule: string;
  instrument: string;
  paragraphs: string[];
  finding: string;
  explanation: string;
  missing_facts: string[];
  reviewed_finding: string | null;
  version: number;
}

for (const kind of databaseKinds) {
  describe(`dalil assess [${kind}]`, () => {
    let folder = '';
    let env: Record<string, string | undefined> = {};
    let dispose = async () => {};
    const dalil = (...args: string[]) => runCli(kind === 'pglite' ? ['--data', folder, ...args] : args, env);

    beforeAll(async () => {
      folder = mkdtempSync(path.join(os.tmpdir(), 'dalil-assess-'));
      if (kind === 'postgres') {
        const database = await createTestDatabase('postgres');
        env = { DATABASE_URL: database.url };
        await database.db.destroy();
        dispose = database.dispose;
      } else env = { DATABASE_URL: undefined };
      expect((await dalil('init')).code).toBe(0);
      // The hand-entered record of the seed statement, whose facts the truth file's assessments are about.
      const store = await openDatabase({
        url: kind === 'pglite' ? path.join(folder, 'db') : env.DATABASE_URL!,
      });
      try {
        await seedKyrgyzstanCase({ db: store.db, actor: 'tester' }, readSeedStatement());
      } finally {
        await store.close();
      }
    });
    afterAll(async () => {
      rmSync(folder, { recursive: true, force: true });
      await dispose();
    });

    let rows: Row[] = [];

    it('prints one JSON object per finding with citation, missing facts and review', async () => {
      const result = await dalil('assess', '--case', 'kyrgyzstan-2020-10', '--json');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      rows = JSON.parse(result.stdout) as Row[];
      expect(rows.length).toBeGreaterThan(5);
      for (const row of rows) {
        expect(Object.keys(row)).toEqual(
          expect.arrayContaining([
            'incident',
            'act',
            'rule',
            'instrument',
            'paragraphs',
            'finding',
            'explanation',
            'missing_facts',
            'reviewed_finding',
          ]),
        );
        expect(row.paragraphs.length).toBeGreaterThan(0);
        expect(row.reviewed_finding).toBeNull();
      }
      expect(rows.find((r) => r.rule === 'LLW-7.5' && r.finding === 'violation')).toBeDefined();
      const dispersal = rows.find((r) => r.rule === 'LLW-7.7')!;
      expect(dispersal.missing_facts).toContain('participant_violence');

      const single = await dalil('--json', 'assess', dispersal.incident);
      expect((JSON.parse(single.stdout) as Row[]).map((r) => r.incident)).toEqual(
        rows.filter((r) => r.incident === dispersal.incident).map((r) => r.incident),
      );
    });

    it('prints findings for people, with the case summary', async () => {
      const result = await dalil('assess', '--case', 'kyrgyzstan-2020-10');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/LLW 7\.5/);
      expect(result.stdout).toMatch(/missing facts: .*participant_violence/);
      expect(result.stdout).toMatch(/Summary: .*inconsistent with LLW 7\.5/);
    });

    it('reviews a finding, refusing an override without a reason', async () => {
      const target = rows.find((r) => r.rule === 'LLW-7.7')!;
      const refused = await dalil(
        'assess',
        'review',
        target.id,
        '--finding',
        'violation',
        '--version',
        String(target.version),
      );
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/reason/);
      const done = await dalil(
        '--json',
        'assess',
        'review',
        target.id,
        '--finding',
        'violation',
        '--reason',
        'Witnesses agree the crowd was calm when the water cannon started.',
        '--version',
        String(target.version),
      );
      expect(done.code).toBe(0);
      expect(JSON.parse(done.stdout)).toMatchObject({
        finding: 'possible_violation',
        reviewed_finding: 'violation',
      });
      const after = JSON.parse((await dalil('--json', 'assess', target.incident)).stdout) as Row[];
      expect(after.find((r) => r.id === target.id)).toMatchObject({
        finding: 'possible_violation',
        reviewed_finding: 'violation',
      });
    });

    it('needs exactly one of an incident or --case', async () => {
      const neither = await dalil('assess');
      expect(neither.code).toBe(1);
      expect(neither.stderr).toMatch(/incident id or --case/);
    });
  });
}
