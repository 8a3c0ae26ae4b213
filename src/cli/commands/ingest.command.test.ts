import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedStatementPath } from '../../demo/statement-file.js';
import { runCli } from '../run-cli.js';

describe('dalil extract and ingest', () => {
  it('extract prints the output contract without a database', async () => {
    const result = await runCli(['extract', seedStatementPath(), '--json'], { DATABASE_URL: undefined });
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      document: { reference_year: number };
      incidents: { date_start: string; event_type: string; quote: string; span: [number, number] }[];
      figures: { value: number }[];
      footnotes: { n: number; url: string }[];
    };
    expect(out.document.reference_year).toBe(2020);
    expect(out.incidents.length).toBeGreaterThanOrEqual(8);
    expect(out.footnotes.map((f) => f.n)).toEqual([1, 2, 3]);
    expect(out.figures.map((f) => f.value)).toEqual(expect.arrayContaining([686, 6, 245, 53]));
  });

  it('ingests a folder: good files go in, a corrupt one is reported and leaves nothing behind', async () => {
    const data = mkdtempSync(path.join(os.tmpdir(), 'dalil-ingest-'));
    const inbox = mkdtempSync(path.join(os.tmpdir(), 'dalil-inbox-'));
    writeFileSync(
      path.join(inbox, 'a-note.txt'),
      'On 12 March 2021, police used tear gas against a peaceful rally in Minsk.\n',
    );
    writeFileSync(path.join(inbox, 'b-broken.pdf'), '%PDF-1.7 truncated and broken');
    const dalil = (...args: string[]) => runCli(['--data', data, ...args], { DATABASE_URL: undefined });
    await dalil('case', 'add', '--slug', 'inbox', '--title', 'Inbox');
    const result = await dalil('ingest', inbox, '--case', 'inbox');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/a-note\.txt: document .*proposed 1 incidents/);
    expect(result.stderr).toMatch(/b-broken\.pdf: error \[file_corrupt\]/);
    const documents = JSON.parse((await dalil('--json', 'proposals', 'list', '--case', 'inbox')).stdout) as {
      documentId: string;
    }[];
    expect(new Set(documents.map((d) => d.documentId)).size).toBe(1);
  });
});
