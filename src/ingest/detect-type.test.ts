import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { detectMediaType } from './detect-type.js';
import { makeDocx, makePdf } from './test-documents.js';

const ascii = (s: string) => new TextEncoder().encode(s);
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not-an-AppError';
  }
  return 'no-error';
};

describe('detectMediaType', () => {
  it('recognises PDF and DOCX by content, whatever the extension case', async () => {
    const pdf = await makePdf({ pages: [['Some text']] });
    const docx = await makeDocx({ paragraphs: ['Some text'] });
    expect(detectMediaType(pdf, 'REPORT.PDF')).toBe('application/pdf');
    expect(detectMediaType(pdf, 'upload')).toBe('application/pdf');
    expect(detectMediaType(docx, 'upload.bin')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('refuses a .pdf that is really a ZIP and a .docx that is really a PDF', async () => {
    const docx = await makeDocx({ paragraphs: ['Some text'] });
    const pdf = await makePdf({ pages: [['Some text']] });
    expect(codeOf(() => detectMediaType(docx, 'report.pdf'))).toBe('unsupported_file_type');
    expect(codeOf(() => detectMediaType(pdf, 'report.docx'))).toBe('unsupported_file_type');
    expect(codeOf(() => detectMediaType(pdf, 'report.txt'))).toBe('unsupported_file_type');
  });

  it('refuses images, executables, legacy .doc and ZIPs without a Word document', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(codeOf(() => detectMediaType(png, 'photo.png'))).toBe('unsupported_file_type');
    expect(codeOf(() => detectMediaType(exe, 'setup.exe'))).toBe('unsupported_file_type');
    expect(codeOf(() => detectMediaType(ole, 'old.doc'))).toBe('unsupported_file_type');
    expect(codeOf(() => detectMediaType(ascii('echo hi'), 'run.bat'))).toBe('unsupported_file_type');
    expect(() => detectMediaType(png, 'photo.png')).toThrow(/photo\.png: a PNG image/);
  });

  it('calls garbage named .pdf corrupt rather than unsupported', () => {
    const garbage = new Uint8Array(64).map((_, i) => (i * 37) % 256);
    expect(codeOf(() => detectMediaType(garbage, 'broken.pdf'))).toBe('file_corrupt');
    expect(codeOf(() => detectMediaType(ascii('just some words'), 'fake.pdf'))).toBe('file_corrupt');
  });

  it('sniffs HTML when the extension does not say, and lets .md and .txt keep markup', () => {
    expect(detectMediaType(ascii('<!DOCTYPE html><html><body>x</body></html>'), 'page')).toBe('text/html');
    expect(detectMediaType(ascii('<!-- saved --> <html lang="ru">'), 'page.dat')).toBe('text/html');
    expect(detectMediaType(ascii('<html><body>x</body></html>'), 'notes.md')).toBe('text/markdown');
    expect(detectMediaType(ascii('# Title\n\ntext'), 'notes.txt')).toBe('text/plain');
    expect(detectMediaType(ascii('plain words'), 'notes')).toBe('text/plain');
    const utf16Html = new Uint8Array([
      0xff,
      0xfe,
      ...[...'<html><body>'].flatMap((ch) => [ch.charCodeAt(0), 0]),
    ]);
    expect(detectMediaType(utf16Html, 'saved')).toBe('text/html');
  });
});
