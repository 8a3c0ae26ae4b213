import { describe, expect, it } from 'vitest';
import { buildLines, joinHyphenatedWords, pageText, type PageLine } from './pdf-layout.js';

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
