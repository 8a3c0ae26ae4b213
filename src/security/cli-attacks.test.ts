/**
 * The same attacks through the command line: hostile values in options are stored as text or refused with
 * a stable code (exit 1, never an internal error), and an import file is checked like an HTTP body.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { createTestDatabase, databaseKinds } from '../test/databases.js';
import { BAD_URLS, SQL_PAYLOADS } from './attack-kit.js';

for (const kind of databaseKinds) {
  describe(`attack: hostile input through the CLI [${kind}]`, () => {
    let folder = '';
    let env: Record<string, string | undefined> = {};
    let dispose = async () => {};
    const dalil = (...args: string[]) => runCli(kind === 'pglite' ? ['--data', folder, ...args] : args, env);
    const json = async <T>(...args: string[]): Promise<T> => {
      const result = await dalil('--json', ...args);
      expect(result.stderr, args.join(' ')).toBe('');
      return JSON.parse(result.stdout) as T;
    };

    beforeAll(async () => {
      folder = mkdtempSync(path.join(os.tmpdir(), 'dalil-cli-attack-'));
      if (kind === 'postgres') {
        const database = await createTestDatabase('postgres');
        env = { DATABASE_URL: database.url };
        await database.db.destroy();
        dispose = database.dispose;
      } else {
        env = { DATABASE_URL: undefined };
      }
      expect((await dalil('init')).code).toBe(0);
      expect((await dalil('case', 'add', '--slug', 'cli-attack', '--title', 'CLI attack')).code).toBe(0);
    });
    afterAll(async () => {
      rmSync(folder, { recursive: true, force: true });
      await dispose();
    });

    it('stores hostile titles as text, or refuses them with a stable code', async () => {
      for (const [name, payload] of Object.entries(SQL_PAYLOADS)) {
        const result = await dalil(
          '--json',
          'incident',
          'add',
          '--case',
          'cli-attack',
          '--title',
          payload,
          '--description',
          payload,
          '--type',
          'other',
        );
        if (name === 'nul' || name === 'veryLong') {
          expect(result.code, name).toBe(1);
          expect(result.stderr, name).toMatch(/^error \[validation_failed\]: (title|description)/);
          continue;
        }
        expect(result.code, `${name}: ${result.stderr}`).toBe(0);
        const created = JSON.parse(result.stdout) as { title: string; description: string };
        expect(created.title).toBe(payload);
        expect(created.description).toBe(payload);
      }
      const list = await json<{ items: { title: string }[]; total: number }>(
        'incident',
        'list',
        '--case',
        'cli-attack',
        '--text',
        SQL_PAYLOADS.tautology!,
      );
      // Searched for as words ("OR", "1"), not run: it finds the incidents with those words, not every one.
      const all = await json<{ total: number }>('incident', 'list', '--case', 'cli-attack');
      expect(list.items.map((i) => i.title)).toContain(SQL_PAYLOADS.tautology);
      expect(list.total).toBeLessThan(all.total);
      const cases = await json<{ slug: string }[]>('case', 'list');
      expect(cases.map((c) => c.slug)).toEqual(['cli-attack']);
    });

    it('refuses URLs that are not http(s) in options and in an import file', async () => {
      for (const url of BAD_URLS) {
        const result = await dalil('source', 'add', '--name', `Source ${url}`, '--url', url);
        expect(result.code, url).toBe(1);
        expect(result.stderr).toMatch(/^error \[validation_failed\]: url: must be an http/);
      }
      const exportFile = path.join(folder, 'export.json');
      expect((await dalil('source', 'add', '--name', 'Plain', '--url', 'https://example.org')).code).toBe(0);
      expect((await dalil('export', '--out', exportFile)).code).toBe(0);
      const exported = JSON.parse(readFileSync(exportFile, 'utf8')) as {
        tables: { sources: { url: string | null; name: string }[] };
      };
      exported.tables.sources[0]!.url = 'javascript:alert(1)';
      exported.tables.sources[0]!.name = 'Nul\u0000name';
      const hostile = path.join(folder, 'hostile.json');
      writeFileSync(hostile, JSON.stringify(exported));
      const imported = await dalil('import', hostile);
      expect(imported.code).toBe(1);
      expect(imported.stderr).toMatch(
        /^error \[(validation_failed|import_failed)\]: .*sources\[0\]\.(name|url)/,
      );
    });

    it('records an ingested file under a plain name, whatever it is called on disk', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'dalil-cli-names-'));
      try {
        const file = path.join(dir, 'statement\u202Etxt.exe.txt');
        writeFileSync(file, 'On 7 October 2020 police beat the journalist Nurlan Abdyrov in Bishkek.');
        const result = await json<{ document: { fileName: string } }[]>(
          'ingest',
          '--case',
          'cli-attack',
          file,
        );
        expect(result[0]!.document.fileName).toBe('statementtxt.exe.txt');
        expect(readdirSync(dir)).toHaveLength(1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
