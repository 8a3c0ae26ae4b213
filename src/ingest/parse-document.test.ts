import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { parseDocument } from './parse-document.js';
import { parseDocumentInProcess } from './parse-in-process.js';
import { makeCyrillicPdf, makeDocx, makeEncryptedPdf, makePdf, makeScannedPdf } from './test-documents.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The AppError code a promise rejects with (or a marker when it resolves or throws something else). */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
}

const reportPages = [
  [
    'Monitors visited the detention centre twice in March and',
    'interviewed nine former detainees about their treatment.',
    '',
    'All of them said that the law-enforcement officers who',
    'arrested them had not shown any identification.',
  ],
  [
    'The mission later investi-',
    'gated complaints about beatings during transfer to court,',
    'and found medical records supporting four of them.',
  ],
  [
    'Families were not told where the detainees were held for',
    'up to three days, which the mission regards as a breach.',
  ],
];

const report = () =>
  makePdf({
    pages: reportPages,
    header: 'Monitoring Mission — Interim Report on Detentions',
    footer: 'Page {n} of 3',
    title: 'Interim report on detentions',
    creationDate: new Date('2024-04-02T12:00:00Z'),
  });

describe('parseDocumentInProcess: PDF', () => {
  it('keeps pages, drops running header and page numbers, and re-joins hyphenated words', async () => {
    const bytes = await report();
    const doc = await parseDocumentInProcess(bytes, 'report.pdf');
    expect(doc.mediaType).toBe('application/pdf');
    expect(doc.pages.map((p) => p.n)).toEqual([1, 2, 3]);
    expect(doc.text).not.toMatch(/Interim Report on Detentions|Page \d of 3/);
    expect(doc.text).toContain('The mission later investigated complaints');
    expect(doc.text).toContain('the law-enforcement officers');
    const pageOf = (needle: string) =>
      doc.pages.find((p) => doc.text.slice(p.start, p.end).includes(needle))?.n;
    expect(pageOf('medical records')).toBe(2);
    expect(pageOf('up to three days')).toBe(3);
    expect(doc.text.slice(doc.pages[0]?.start, doc.pages[0]?.end)).toMatch(
      /^Monitors visited[\s\S]*identification\.$/,
    );
    expect(doc.text).toContain('treatment.\n\nAll of them');
  });

  it('reports hash of the original bytes, size, title, creation date and language', async () => {
    const bytes = await report();
    const doc = await parseDocumentInProcess(bytes, 'report.pdf');
    expect(doc.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(doc.byteLength).toBe(bytes.byteLength);
    expect(doc.title).toBe('Interim report on detentions');
    expect(doc.publishedAt).toBe('2024-04-02');
    expect(doc.language).toBe('en');
    expect(doc.warnings.join(' ')).toMatch(/header\/footer/);
  });

  it('falls back to XMP metadata for title and date', async () => {
    const bytes = await makePdf({
      pages: [['A report whose producer wrote only XMP metadata.']],
      xmp: { title: 'Report on the March detentions', createDate: '2023-03-20T09:00:00+02:00' },
    });
    const doc = await parseDocumentInProcess(bytes, 'xmp.pdf');
    expect(doc.title).toBe('Report on the March detentions');
    expect(doc.publishedAt).toBe('2023-03-20');
  });

  it('reads Cyrillic text from a PDF and detects Russian', async () => {
    const bytes = await makeCyrillicPdf([
      'Наблюдатели посетили изолятор временного содержания',
      'и опросили девять бывших задержанных.',
    ]);
    const doc = await parseDocumentInProcess(bytes, 'otchet.pdf');
    expect(doc.text).toBe(
      'Наблюдатели посетили изолятор временного содержания\nи опросили девять бывших задержанных.',
    );
    expect(doc.language).toBe('ru');
  });
});

describe('parseDocumentInProcess: DOCX, HTML, text', () => {
  it('appends DOCX footnotes as numbered lines and keeps paragraphs and links', async () => {
    const bytes = await makeDocx({
      title: 'Statement on the trial',
      paragraphs: [
        'The court refused to hear the defence witnesses.',
        'Observers were removed from the courtroom.',
      ],
      footnote: 'https://example.org/trial-record',
      link: { text: 'full statement', url: 'https://example.org/statement' },
    });
    const doc = await parseDocumentInProcess(bytes, 'statement.docx');
    expect(doc.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(doc.text).toMatch(
      /^The court refused to hear the defence witnesses\.\[1\]\n\nObservers were removed/,
    );
    expect(doc.text).toContain('full statement (https://example.org/statement)');
    expect(doc.text).toMatch(/\n\nNotes\n1 https:\/\/example\.org\/trial-record$/);
    expect(doc.title).toBe('Statement on the trial');
    expect(doc.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/); // docx stamps the creation time itself
    expect(doc.pages).toEqual([{ n: 1, start: 0, end: doc.text.length }]);
  });

  it('detects Russian in a DOCX', async () => {
    const bytes = await makeDocx({
      paragraphs: ['Суд отказался выслушать свидетелей защиты, а наблюдателей вывели из зала.'],
    });
    expect((await parseDocumentInProcess(bytes, 'zayavlenie.docx')).language).toBe('ru');
  });

  it('parses an HTML file by content even without an extension', async () => {
    const html =
      '<!doctype html><html><head><title>Short note</title></head><body><p>Police detained two activists.</p></body></html>';
    const doc = await parseDocumentInProcess(utf8(html), 'download');
    expect(doc.mediaType).toBe('text/html');
    expect(doc.text).toBe('Police detained two activists.');
    expect(doc.title).toBe('Short note');
  });

  it('decodes windows-1251 text and warns about it', async () => {
    const russian = 'Активиста задержали у здания суда.\r\nЕго отпустили через сутки.';
    const bytes = new Uint8Array(
      [...russian].map((ch) => {
        const c = ch.codePointAt(0) ?? 0x3f;
        return c >= 0x410 && c <= 0x44f ? c - 0x410 + 0xc0 : c;
      }),
    );
    const doc = await parseDocumentInProcess(bytes, 'zametka.txt');
    expect(doc.text).toBe('Активиста задержали у здания суда.\nЕго отпустили через сутки.');
    expect(doc.language).toBe('ru');
    expect(doc.warnings).toEqual(['not valid UTF-8; decoded as windows-1251']);
  });

  it('reads Markdown front matter for title and date and keeps it out of the text', async () => {
    const md =
      '---\ntitle: "Field notes"\ndate: 2024-06-01\n---\n# Day one\n\nWe met the families of the detainees.\n';
    const doc = await parseDocumentInProcess(utf8(md), 'notes.md');
    expect(doc).toMatchObject({
      mediaType: 'text/markdown',
      title: 'Field notes',
      publishedAt: '2024-06-01',
    });
    expect(doc.text).toBe('# Day one\n\nWe met the families of the detainees.');
  });
});

describe('parseDocumentInProcess: shared corpus', () => {
  it('reads the plain-text statement with its numbered footnote URLs intact', async () => {
    const path = new URL('../../../shared/corpus/amnesty-kyrgyzstan-2020-10.txt', import.meta.url);
    const bytes = new Uint8Array(await readFile(path));
    const doc = await parseDocumentInProcess(bytes, 'amnesty-kyrgyzstan-2020-10.txt');
    expect(doc).toMatchObject({ mediaType: 'text/plain', language: 'en', warnings: [] });
    expect(doc.text).toMatch(/^2 https:\/\/cpj\.org\/2020\/10\/\S+$/m);
    expect(doc.text).not.toMatch(/[ \t]$/m);
  });
});

describe('parseDocumentInProcess: bad input', () => {
  it('refuses encrypted, corrupt, scanned, empty and unsupported files with clear codes', async () => {
    expect(await codeOf(parseDocumentInProcess(await makeEncryptedPdf(), 'locked.pdf'))).toBe(
      'file_encrypted',
    );
    expect(
      await codeOf(parseDocumentInProcess(utf8('%PDF-1.7\n\u0001\u0002 not really a pdf'), 'broken.pdf')),
    ).toBe('file_corrupt');
    expect(await codeOf(parseDocumentInProcess(new Uint8Array(0), 'empty.txt'))).toBe('file_empty');
    expect(await codeOf(parseDocumentInProcess(utf8(' \n\t\n'), 'blank.txt'))).toBe('file_empty');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await codeOf(parseDocumentInProcess(png, 'scan.png'))).toBe('unsupported_file_type');
  });

  it('says a scanned PDF needs OCR', async () => {
    await expect(parseDocumentInProcess(await makeScannedPdf(), 'scan.pdf')).rejects.toThrow(
      /scan\.pdf: .*needs OCR/,
    );
    expect(await codeOf(parseDocumentInProcess(await makeScannedPdf(), 'scan.pdf'))).toBe('no_text_layer');
  });

  it('checks the size before anything else, with the default 50 MB limit', async () => {
    // Zero-filled buffers are lazily committed by the OS, so this costs almost nothing unless touched.
    const huge = new Uint8Array(50 * 1024 * 1024 + 1);
    await expect(parseDocumentInProcess(huge, 'huge.pdf')).rejects.toThrow(
      /huge\.pdf: 50\.0 MB is over the limit of 50\.0 MB/,
    );
    expect(
      await codeOf(parseDocumentInProcess(utf8('short but over a tiny limit'), 'a.txt', { maxBytes: 10 })),
    ).toBe('file_too_large');
  });
});

describe('parseDocument (worker thread)', () => {
  it('gives the same document as the in-process parse', async () => {
    const bytes = await report();
    const [bounded, direct] = await Promise.all([
      parseDocument(bytes, 'report.pdf'),
      parseDocumentInProcess(bytes, 'report.pdf'),
    ]);
    expect(bounded).toEqual(direct);
  });

  it('passes AppErrors from the worker through with their codes and messages', async () => {
    const error = await parseDocument(await makeEncryptedPdf(), 'locked.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('file_encrypted');
    expect((error as AppError).message).toMatch(/^locked\.pdf: .*password/);
  });

  it('stops a parse that exceeds the timeout instead of hanging', async () => {
    const started = Date.now();
    expect(await codeOf(parseDocument(await report(), 'report.pdf', { timeoutMs: 5 }))).toBe('parse_timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('stops a parse that needs more memory than allowed', async () => {
    const error = await parseDocument(await report(), 'report.pdf', { maxMemoryMb: 4 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('file_too_large');
    expect((error as AppError).message).toContain('more than 4 MB of memory');
  });

  it('refuses cheap errors without starting a worker', async () => {
    const started = Date.now();
    expect(await codeOf(parseDocument(new Uint8Array(0), 'empty.pdf'))).toBe('file_empty');
    expect(await codeOf(parseDocument(new Uint8Array([0x4d, 0x5a, 0, 0]), 'tool.exe'))).toBe(
      'unsupported_file_type',
    );
    expect(Date.now() - started).toBeLessThan(200);
  });
});
