import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.js';

const textOf = (html: string, onNote?: (id: string, text: string) => void) => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`) as unknown as { document: Document };
  return htmlToText(document.body, onNote ? { onNote } : {});
};

describe('htmlToText', () => {
  it('separates paragraphs with a blank line and list items and table rows with a line break', () => {
    const html =
      '<p>One</p><ul><li>first</li><li>second</li></ul><ol><li>a</li><li>b</li></ol><table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>';
    expect(textOf(html)).toBe('One\n\n- first\n- second\n\n1. a\n2. b\n\nx | y\nz');
  });

  it('keeps a table cell on its row even when it holds paragraphs, as Word tables do', () => {
    expect(textOf('<table><tr><td><p>Name</p><p>(as given)</p></td><td><p>Date</p></td></tr></table>')).toBe(
      'Name (as given) | Date',
    );
  });

  it('collapses whitespace outside <pre>, keeps line breaks inside, and honours <br>', () => {
    expect(textOf('<p>  spread \n over   lines<br>next</p><pre>a\nb</pre>')).toBe(
      'spread over lines\nnext\n\na\nb',
    );
  });

  it('shows absolute link targets inline once, and skips relative links and scripts', () => {
    const html =
      '<p>See <a href="https://example.org/r">the report</a>, <a href="/local">this</a>, ' +
      '<a href="https://example.org/x">https://example.org/x</a>.<script>alert(1)</script><style>p{}</style></p>';
    expect(textOf(html)).toBe('See the report (https://example.org/r), this, https://example.org/x.');
  });

  it('hands footnote list items to onNote and leaves them out of the text', () => {
    const notes: string[] = [];
    const html =
      '<p>Claim<sup><a href="#footnote-1">[1]</a></sup></p><ol><li id="footnote-1"><p>https://example.org/src <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(textOf(html, (id, text) => notes.push(`${id}: ${text}`))).toBe('Claim[1]');
    expect(notes).toEqual(['footnote-1: https://example.org/src']);
  });
});
