import { describe, expect, it } from 'vitest';
import type { PageLine } from './pdf-layout.js';
import { removeRunningLines } from './running-lines.js';

const line = (text: string, y: number): PageLine => ({ text, y, height: 10 });

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
      [line('Chapter one opens', 800), line('body one', 700)],
      [line('Chapter two opens', 800), line('body two', 700)],
      [line('Another start', 800), line('body three', 700)],
    ];
    expect(removeRunningLines(pages).removed).toBe(0);
  });

  it('drops chapter headers that carry the page number, keeping chapter titles that start with a number', () => {
    const chapter = (title: string, n: number, first: string) => [
      line(`${title} ${n}`, 800),
      line(first, 760),
      line(`${first} continues.`, 746),
    ];
    const pages = [
      [line('1 Introduction', 800), line('Why this report exists.', 760), line('It has chapters.', 746)],
      chapter('Chapter 1: Introduction', 2, 'Background'),
      chapter('Chapter 1: Introduction', 3, 'Sources'),
      [line('2 Findings', 800), line('What was found.', 760), line('In detail.', 746)],
      chapter('Chapter 2: Findings', 5, 'Detentions'),
      chapter('Chapter 2: Findings', 6, 'Trials'),
      [line('xi', 800), line('Annex text.', 760), line('More annex.', 746)],
    ];
    const cleaned = removeRunningLines(pages).pages.map((lines) => lines[0]?.text);
    expect(cleaned).toEqual([
      '1 Introduction',
      'Background',
      'Sources',
      '2 Findings',
      'Detentions',
      'Trials',
      'Annex text.',
    ]);
  });
});
