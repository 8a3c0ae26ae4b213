import { describe, expect, it } from 'vitest';
import { locateQuote } from './locate-quote.js';

describe('locateQuote', () => {
  const text = 'First line of a report that\nwraps across  lines. Then (a note) follows.';

  it('finds a quote across a line break and double spaces', () => {
    const span = locateQuote(text, 'a report that wraps across lines.');
    expect(span).not.toBeNull();
    const [start, end] = span!;
    expect(text.slice(start, end)).toBe('a report that\nwraps across  lines.');
  });

  it('treats regular-expression characters literally', () => {
    const [start, end] = locateQuote(text, 'Then (a note) follows.')!;
    expect(text.slice(start, end)).toBe('Then (a note) follows.');
  });

  it('returns null when the words are not there in that order', () => {
    expect(locateQuote(text, 'lines across wraps')).toBeNull();
    expect(locateQuote(text, '   ')).toBeNull();
  });
});
