import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connect.js';
import { createTestDatabase, databaseKinds } from '../test/databases.js';
import { runCli } from './run-cli.js';

// Each database kind gets its own store: a PGlite data folder, or a throwaway PostgreSQL database.
for (const kind of databaseKinds) {
  describe(`dalil CLI [${kind}]`, () => {
    let folder = '';
    let env: Record<string, string | undefined> = {};
    let dispose = async () => {};
    const dalil = (...args: string[]) => runCli(kind === 'pglite' ? ['--data', folder, ...args] : args, env);
    const openStore = () =>
      openDatabase({ url: kind === 'pglite' ? path.join(folder, 'db') : env.DATABASE_URL! });

    beforeAll(async () => {
      folder = mkdtempSync(path.join(os.tmpdir(), 'dalil-cli-'));
      if (kind === 'postgres') {
        const database = await createTestDatabase('postgres');
        env = { DATABASE_URL: database.url };
        await database.db.destroy();
        dispose = database.dispose;
      } else {
        env = { DATABASE_URL: undefined };
      }
    });
    afterAll(async () => {
      rmSync(folder, { recursive: true, force: true });
      await dispose();
    });

    let incidentId = '';

    it('creates a case and an incident placed by its Cyrillic name', async () => {
      expect((await dalil('init')).code).toBe(0);
      expect((await dalil('case', 'add', '--slug', 'test-case', '--title', 'A test case')).code).toBe(0);
      const added = await dalil(
        '--json',
        'incident',
        'add',
        '--case',
        'test-case',
        '--title',
        'Dispersal near the square',
        '--date',
        '2020-10-05',
        '--place',
        'Бишкек',
        '--type',
        'excessive_force_against_protesters',
        '--injured',
        '12',
      );
      expect(added.stderr).toBe('');
      const incident = JSON.parse(added.stdout) as {
        id: string;
        place: { name: string; country: string };
        injured: number;
      };
      expect(incident.place).toMatchObject({ name: 'Bishkek', country: 'KG' });
      expect(incident.injured).toBe(12);
      incidentId = incident.id;
      await dalil(
        'incident',
        'add',
        '--case',
        'test-case',
        '--title',
        'Reporter detained',
        '--date',
        '2020-11-20',
        '--place',
        'Osh',
        '--type',
        'arrests',
      );
    });

    it('lists with filters: place in another script, date range, type, text', async () => {
      const list = async (...filters: string[]) =>
        (
          JSON.parse(
            (await dalil('--json', 'incident', 'list', '--case', 'test-case', ...filters)).stdout,
          ) as { items: { title: string }[] }
        ).items.map((i) => i.title);
      expect(await list('--place', 'Bishkeck')).toEqual(['Dispersal near the square']);
      expect(await list('--from', '2020-11-01')).toEqual(['Reporter detained']);
      expect(await list('--to', '2020-10-31')).toEqual(['Dispersal near the square']);
      expect(await list('--type', 'arrests')).toEqual(['Reporter detained']);
      expect(await list('--text', 'square')).toEqual(['Dispersal near the square']);
      expect(await list()).toHaveLength(2);
    });

    it('edits with the version seen, and refuses a stale edit', async () => {
      const edited = await dalil('--json', 'incident', 'edit', incidentId, '--version', '1', '--killed', '1');
      expect(edited.code).toBe(0);
      expect(JSON.parse(edited.stdout)).toMatchObject({ killed: 1, version: 2 });
      const stale = await dalil('incident', 'edit', incidentId, '--version', '1', '--killed', '3');
      expect(stale.code).toBe(1);
      expect(stale.stderr).toMatch(/version_conflict.*version 2.*version 1/);
      const shown = JSON.parse((await dalil('--json', 'incident', 'show', incidentId)).stdout) as {
        killed: number;
      };
      expect(shown.killed).toBe(1);
    });

    it('names the field of bad input, exits 1 and changes nothing', async () => {
      const attempts: [string[], RegExp][] = [
        [['--date', '2020-10-32', '--type', 'attack', '--title', 't'], /dateStart: .*calendar date/],
        [
          ['--date', '5 Oct 2020', '--type', 'attack', '--title', 't'],
          /dateStart: must be a date written YYYY-MM-DD/,
        ],
        [
          ['--place', 'Atlantis-under-the-sea', '--type', 'attack', '--title', 't'],
          /unknown_place.*Atlantis/,
        ],
        [['--type', 'riot_of_colours', '--title', 't'], /eventType: must be one of/],
        [['--type', 'attack'], /title/],
        [['--type', 'attack', '--title', 't', '--killed', 'two'], /--killed: "two" is not a whole number/],
      ];
      for (const [args, message] of attempts) {
        const result = await dalil('incident', 'add', '--case', 'test-case', ...args);
        expect(result.code, args.join(' ')).toBe(1);
        expect(result.stderr, args.join(' ')).toMatch(message);
        expect(result.stderr).not.toMatch(/\n\s+at /);
      }
      const total = (JSON.parse((await dalil('--json', 'incident', 'list')).stdout) as { total: number })
        .total;
      expect(total).toBe(2);
    });

    it('audit verify passes, then names the entry edited directly in the database', async () => {
      const ok = await dalil('audit', 'verify');
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/intact/);
      const store = await openStore();
      try {
        await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(store.db);
        await sql`UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3`.execute(store.db);
        await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(store.db);
      } finally {
        await store.close();
      }
      const broken = await dalil('--json', 'audit', 'verify');
      expect(broken.code).toBe(1);
      expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'altered' });
    });

    it('deletes an incident with the version seen', async () => {
      expect((await dalil('incident', 'delete', incidentId, '--version', '1')).code).toBe(1);
      expect((await dalil('incident', 'delete', incidentId, '--version', '2')).code).toBe(0);
      expect((await dalil('incident', 'show', incidentId)).stderr).toMatch(/not_found/);
    });
  });
}

describe('dalil CLI without a database', () => {
  it('exits 1 with a clear message on an unknown command', async () => {
    const result = await runCli(['incidnet', 'list']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/unknown command 'incidnet'/);
  });
});
