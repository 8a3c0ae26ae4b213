import { describe, expect, it } from 'vitest';
import { compileLexicon, foldCase } from './fast-regex.js';

describe('compileLexicon', () => {
  it('matches the same spans as the Unicode case-insensitive original', () => {
    const original = /\bteargas\w*|слезоточив\p{L}*|\bгаз\p{L}*\b/giu;
    const fast = compileLexicon(original);
    const s = 'TEARGASSED crowds; Слезоточивый ГАЗом; каргаз';
    const folded = foldCase(s);
    expect(folded.length).toBe(s.length);
    expect([...folded.matchAll(fast)].map((m) => s.slice(m.index, m.index + m[0].length))).toEqual(
      [...s.matchAll(original)].map((m) => m[0]),
    );
  });
});

describe('compileLexicon classes', () => {
  it('keeps property classes inside brackets valid', () => {
    const fast = compileLexicon(/(?<![\p{L}])дани(?![\p{L}])|[\p{L}\p{N}]+\.kg/giu);
    expect([...foldCase('у здания; Дани; News24.kg').matchAll(fast)].map((m) => m[0])).toEqual([
      'дани',
      'news24.kg',
    ]);
  });
});
