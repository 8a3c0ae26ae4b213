import { describe, expect, it } from 'vitest';
import { inlineUrls, markersIn, parseFootnoteDefinitions, yearFromUrls } from './footnotes.js';
import { segment } from './segment.js';

const text = `Rally held

Riot police beat marchers near the bridge.4 Medics treated nine people in Almaty.5 A blogger wrote on 11.kg about it in 2019.

4 https://example.org/2019/05/riot-report/
5 https://news.example.com/item?id=7
`;

describe('footnotes', () => {
  it('reads definition lines and ties glued markers to their sentence', () => {
    const { footnotes, lineSpans } = parseFootnoteDefinitions(text);
    expect(footnotes).toEqual([
      { n: 4, url: 'https://example.org/2019/05/riot-report/' },
      { n: 5, url: 'https://news.example.com/item?id=7' },
    ]);
    const seg = segment(text, lineSpans, new Set([4, 5]));
    expect(seg.title).toBe('Rally held');
    expect(seg.sentences.map((s) => [s.text, s.footnotes])).toEqual([
      ['Riot police beat marchers near the bridge.', [4]],
      ['Medics treated nine people in Almaty.', [5]],
      ['A blogger wrote on 11.kg about it in 2019.', []],
    ]);
  });

  it('does not take domains, years or hyphenated numbers for markers', () => {
    const s = 'See 11.kg and COVID-19 in 2019, then Osh.4 ';
    expect(markersIn(s, 0, s.length, new Set([4, 11, 19, 2019]))).toEqual([4]);
  });

  it('finds inline URLs and the year of dated URLs', () => {
    expect(inlineUrls('as reported (https://a.example/x).')).toEqual(['https://a.example/x']);
    expect(yearFromUrls(['https://a.example/2021/03/story', 'https://b.example/x'])).toBe(2021);
    expect(yearFromUrls(['https://b.example/x'])).toBeNull();
  });
});
