import { describe, expect, it } from 'vitest';
import {
  buildLines,
  joinHyphenatedWords,
  pageText,
  removeRunningLines,
  type PageLine,
} from './pdf-layout.js';

const item = (str: string, x: number, y: number, hasEOL = false, width = str.length * 5) => ({
  str,
  x,
  y,
  width,
  height: 10,
  hasEOL,
});
const line = (text: string, y: number): PageLine => ({ text, y, height: 10 });

describe('buildLines', () => {
  it('starts a new line when the baseline moves and joins items on the same baseline', () => {
    const lines = buildLines([
      item('Police', 50, 700),
      item(' ', 80, 700),
      item('detained', 85, 700),
      item('twelve', 50, 686),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Police detained', 'twelve']);
  });

  it('inserts a space between items separated by a visible gap and none between touching items', () => {
    const lines = buildLines([
      item('word', 50, 700, false, 20),
      item('next', 80, 700, false, 20),
      item('s', 100, 700),
    ]);
    expect(lines[0]?.text).toBe('word nexts');
  });

  it('ends a line at an end-of-line mark even on the same baseline', () => {
    const lines = buildLines([item('first', 50, 700, true), item('second', 50, 700)]);
    expect(lines.map((l) => l.text)).toEqual(['first', 'second']);
  });
});

describe('pageText', () => {
  it('re-joins a word split across lines and marks a larger gap as a paragraph break', () => {
    const text = pageText([
      line('Witnesses were investi-', 700),
      line('gated by the court.', 686),
      line('A new paragraph.', 658),
    ]);
    expect(text).toBe('Witnesses were investigated by the court.\n\nA new paragraph.');
  });

  it('keeps hyphens inside a line and before a capital letter', () => {
    expect(joinHyphenatedWords('law-enforcement officers\nNorth-\nWest')).toBe(
      'law-enforcement officers\nNorth-\nWest',
    );
  });

  it('joins Cyrillic words split at a line end', () => {
    expect(joinHyphenatedWords('задержа-\nние')).toBe('задержание');
  });
});

describe('removeRunningLines', () => {
  const subjects = ['The first visit', 'A second visit', 'Court hearings', 'Later interviews'];
  const page = (n: number) => [
    line('Monitoring Mission — Interim Report', 800),
    line(`${subjects[n - 1]} took place in ${2020 + n}.`, 760),
    line(`Witnesses described ${subjects[4 - n]?.toLowerCase()}.`, 746),
    line(`Page ${n} of 4`, 40),
  ];

  it('drops a header repeated on most pages and numbered footers, keeping the body', () => {
    const { pages, removed } = removeRunningLines([page(1), page(2), page(3), page(4)]);
    expect(removed).toBe(8);
    expect(pages[2]?.map((l) => l.text)).toEqual([
      'Court hearings took place in 2023.',
      'Witnesses described a second visit.',
    ]);
  });

  it('drops a bare page number on a single page and keeps a repeated line away from the edges', () => {
    const body = (first: string) => [
      line(first, 800),
      line('Intro', 780),
      line('Repeated sentence.', 760),
      line(`${first}.`, 720),
    ];
    const { pages } = removeRunningLines([
      [...body('One'), line('- 1 -', 40)],
      [...body('Two'), line('- 2 -', 40)],
    ]);
    expect(pages[0]?.map((l) => l.text)).toContain('Repeated sentence.');
    expect(pages[1]?.map((l) => l.text)).toEqual(['Two', 'Intro', 'Repeated sentence.', 'Two.']);
    expect(removeRunningLines([[line('Report', 800), line('17', 40)]]).pages[0]).toEqual([
      line('Report', 800),
    ]);
  });

  it('empties a page holding only header and footer but never empties the whole document', () => {
    const header = line('Monitoring Mission — Interim Report', 800);
    const body = (text: string) => [
      header,
      line(text, 760),
      line('More text follows here.', 746),
      line('9', 40),
    ];
    const blankPage = [header, line('10', 40)];
    const { pages } = removeRunningLines([body('One'), blankPage, body('Two')]);
    expect(pages[1]).toEqual([]);
    const form = [line('Name of detainee', 800), line('Place of detention', 780)];
    expect(removeRunningLines([form, form]).pages).toEqual([form, form]);
  });

  it('keeps first lines that differ from page to page', () => {
    const pages = [
      [line('Chapter one opens', 800), line('x', 700)],
      [line('Chapter two opens', 800), line('y', 700)],
      [line('Another start', 800), line('z', 700)],
    ];
    expect(removeRunningLines(pages).removed).toBe(0);
  });
});
