/**
 * Path traversal through file names: whatever an upload claims to be called, nothing is written outside the
 * files folder (originals live under their SHA-256 only), and the recorded name is a plain, visible name.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { folderFileStore } from '../files/file-store.js';
import { safeFileName } from '../files/safe-name.js';
import type { DalilServer } from '../http/server.js';
import { describeEachDatabase } from '../test/databases.js';
import { attackServer, type ErrorJson, octets } from './attack-kit.js';

const HOSTILE_NAMES = [
  '../../etc/passwd',
  '../../../../../../tmp/dalil-owned.txt',
  '..\\..\\win.ini',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\report.txt',
  '....//....//report.txt',
  '%2e%2e%2f%2e%2e%2freport.txt',
  '..',
  '.',
  './',
  'report/../../../etc/shadow',
  'evil\u202Efdp.txt',
  'line\nbreak\r.txt',
];

/** Every file under `root`, as paths relative to it. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((p) =>
    statSync(path.join(root, p)).isFile(),
  );
}

/** A recorded name is one visible segment: no separators, no control or direction characters, not a dot name. */
function expectPlainName(name: string, sent: string) {
  expect(name, sent).not.toMatch(/[/\\]/);
  expect(name, sent).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
  expect(['', '.', '..'], sent).not.toContain(name);
  expect(name.length, sent).toBeLessThanOrEqual(255);
}

it('reduces a hostile name to a plain one', () => {
  expect(safeFileName('../../etc/passwd')).toBe('passwd');
  expect(safeFileName('..\\..\\win.ini')).toBe('win.ini');
  expect(safeFileName('C:\\Windows\\win.ini')).toBe('win.ini');
  expect(safeFileName('..')).toBe('upload');
  expect(safeFileName('./')).toBe('upload');
  expect(safeFileName('evil\u202Efdp.txt')).toBe('evilfdp.txt');
  expect(safeFileName('a\u0000b.txt')).toBe('ab.txt');
  expect(Array.from(safeFileName(`${'я'.repeat(400)}.txt`))).toHaveLength(255);
});

describeEachDatabase('attack: path traversal in file names', (use) => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dalil-traversal-'));
  const filesRoot = path.join(root, 'data', 'files');
  let app: DalilServer;
  let caseId = '';

  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('stores uploads under their hash only, whatever their name, and records a plain name', async () => {
    app = await attackServer(use().db, { files: folderFileStore(filesRoot) });
    caseId = (
      await app.inject({
        method: 'POST',
        url: '/api/cases',
        payload: { slug: 'traversal', title: 'Traversal' },
      })
    ).json<{ id: string }>().id;
    const hashes = new Set<string>();
    for (const [i, name] of HOSTILE_NAMES.entries()) {
      const text = `On ${i + 1} October 2020 police beat the reporter Asan Bekov in Bishkek.`;
      const q = `fileName=${encodeURIComponent(name)}`;
      const document = await app.inject({
        method: 'POST',
        url: `/api/cases/${caseId}/documents?${q}`,
        ...octets(text),
      });
      expect(document.statusCode, `${name}: ${document.body}`).toBe(201);
      const stored = document.json<{ document: { fileName: string; sha256: string } }>().document;
      expectPlainName(stored.fileName, name);
      hashes.add(stored.sha256);

      const evidence = await app.inject({
        method: 'POST',
        url: `/api/cases/${caseId}/evidence?${q}&collector=tester`,
        ...octets(`evidence ${i}`),
      });
      expect(evidence.statusCode, `${name}: ${evidence.body}`).toBe(201);
      const item = evidence.json<{ fileName: string; sha256: string }>();
      expectPlainName(item.fileName, name);
      hashes.add(item.sha256);

      if (i < 4) {
        // Extraction stores nothing; a few names suffice to show it takes them too.
        const extracted = await app.inject({ method: 'POST', url: `/api/extract?${q}`, ...octets(text) });
        expect(extracted.statusCode, `${name}: ${extracted.body}`).toBe(200);
      }
    }
    // Exactly one file per distinct original, each at <2 hex>/<64 hex>; nothing else anywhere under the root.
    const written = filesUnder(root);
    expect(written.sort()).toEqual(
      [...hashes].map((h) => path.join('data', 'files', h.slice(0, 2), h)).sort(),
    );
  });

  it('refuses a name with a NUL or over 255 characters, naming the field, and writes nothing', async () => {
    const before = filesUnder(root).length;
    for (const name of ['report.txt\u0000.exe', '../\u0000/etc/passwd', `${'a'.repeat(5000)}.txt`]) {
      const q = `fileName=${encodeURIComponent(name)}`;
      for (const url of [
        `/api/cases/${caseId}/documents?${q}`,
        `/api/cases/${caseId}/evidence?${q}&collector=tester`,
        `/api/extract?${q}`,
      ]) {
        const response = await app.inject({
          method: 'POST',
          url,
          ...octets(`On 9 October 2020 police beat a reporter in Osh ${url}.`),
        });
        expect(response.statusCode, `${url}: ${response.body}`).toBe(400);
        const error = response.json<ErrorJson>().error;
        expect(error.code).toBe('validation_failed');
        expect(error.field).toBe('querystring.fileName');
      }
    }
    expect(filesUnder(root)).toHaveLength(before);
  });
});
