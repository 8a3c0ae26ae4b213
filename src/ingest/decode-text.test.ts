import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { detectLanguage } from './language.js';
import { normaliseMetadataDate } from './metadata-date.js';

/** windows-1251 bytes of a string, built from the code page layout (А..я are 0xC0..0xFF). */
const cp1251 = (s: string) =>
  new Uint8Array(
    [...s].map((ch) => {
      const c = ch.codePointAt(0) ?? 0x3f;
      return c >= 0x410 && c <= 0x44f ? c - 0x410 + 0xc0 : c;
    }),
  );

describe('decodeText', () => {
  it('strips a UTF-8 BOM and normalises CRLF and CR line ends', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('one\r\ntwo\rthree')]);
    expect(decodeText(bytes)).toEqual({ text: 'one\ntwo\nthree', encoding: 'utf-8' });
  });

  it('decodes UTF-16 text that starts with a byte-order mark', () => {
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...[...'Суд\r\n'].flatMap((ch) => [(ch.codePointAt(0) ?? 0) & 0xff, (ch.codePointAt(0) ?? 0) >> 8]),
    ]);
    expect(decodeText(le)).toEqual({ text: 'Суд\n', encoding: 'utf-16le' });
  });

  it('falls back to windows-1251 for Russian text that is not valid UTF-8', () => {
    expect(decodeText(cp1251('Суд вынес приговор'))).toEqual({
      text: 'Суд вынес приговор',
      encoding: 'windows-1251',
    });
  });

  it('honours a windows-1251 charset declared by an HTML page even when the bytes are ASCII', () => {
    const page = cp1251('<meta charset="windows-1251"><p>Новости</p>');
    expect(decodeText(page, true).text).toContain('Новости');
  });
});

it('honours a koi8-r charset declared by an HTML page', () => {
  // "Суд" in KOI8-R is F3 D5 C4.
  const page = new Uint8Array([...new TextEncoder().encode('<meta charset="koi8-r"><p>'), 0xf3, 0xd5, 0xc4]);
  expect(decodeText(page, true)).toEqual({ text: '<meta charset="koi8-r"><p>Суд', encoding: 'koi8-r' });
});

describe('detectLanguage', () => {
  it('tells English from Russian and says und for short or other-script text', () => {
    expect(detectLanguage('The detainees were held for three days without access to a lawyer.')).toBe('en');
    expect(detectLanguage('Задержанных держали три дня без доступа к адвокату и без связи с семьями.')).toBe(
      'ru',
    );
    expect(detectLanguage('Short note')).toBe('und');
    expect(detectLanguage('احتجز المعتقلون ثلاثة أيام دون السماح لهم بمقابلة محام')).toBe('und');
  });
});

describe('normaliseMetadataDate', () => {
  it('reads PDF and ISO dates and rejects partial or impossible ones', () => {
    expect(normaliseMetadataDate("D:20240315103000+03'00'")).toBe('2024-03-15');
    expect(normaliseMetadataDate('2023-11-02T08:00:00Z')).toBe('2023-11-02');
    expect(normaliseMetadataDate('2023/11/02')).toBe('2023-11-02');
    expect(normaliseMetadataDate('2023-02-30')).toBeNull();
    expect(normaliseMetadataDate('2023-11')).toBeNull();
    expect(normaliseMetadataDate('D:16010101000000Z')).toBeNull();
    expect(normaliseMetadataDate(null)).toBeNull();
  });
});
