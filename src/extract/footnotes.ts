/**
 * Footnotes: the definition lines at the bottom of a page ("1 https://…") and the markers glued to the words or
 * punctuation they annotate ("injuries.1", "Bishkek.2"). Numbers written as words or followed by a space
 * ("24.kg", "in 2020") are not markers.
 */
import type { Footnote, Span } from './types.js';

export interface FootnoteDefinitions {
  footnotes: Footnote[];
  /** The lines that define footnotes; sentence splitting skips them. */
  lineSpans: Span[];
}

const DEFINITION_LINE = /^[ \t]*(\d{1,3})[ \t.)]+(https?:\/\/\S+)[ \t]*$/gmu;
const INLINE_URL = /https?:\/\/[^\s<>"”»)\]]+/gu;

/** Finds footnote definition lines ("3 https://example.org/page") anywhere in the text. */
export function parseFootnoteDefinitions(text: string): FootnoteDefinitions {
  const footnotes: Footnote[] = [];
  const lineSpans: Span[] = [];
  for (const m of text.matchAll(DEFINITION_LINE)) {
    const n = Number(m[1]);
    const url = (m[2] ?? '').replace(/[.,;]+$/u, '');
    if (!footnotes.some((f) => f.n === n)) footnotes.push({ n, url });
    lineSpans.push([m.index, m.index + m[0].length]);
  }
  footnotes.sort((a, b) => a.n - b.n);
  return { footnotes, lineSpans };
}

/**
 * A footnote marker starting at `pos` (digits glued to the previous character), if `known` holds its number.
 * Returns the marker's number and length, or null.
 */
export function markerAt(
  text: string,
  pos: number,
  known: ReadonlySet<number>,
): { n: number; length: number } | null {
  const prev = text[pos - 1] ?? ' ';
  if (!/[\p{L}.,;:!?)\]"”’»]/u.test(prev)) return null;
  const m = /^(\d{1,3})(?=\s|$|[,;:])/u.exec(text.slice(pos, pos + 4));
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  // Letters followed by digits ("COVID19", "G7") are names unless the number is a defined footnote.
  return known.has(n) ? { n, length: m[1].length } : null;
}

/** Every footnote marker inside [start, end) of the text. */
export function markersIn(text: string, start: number, end: number, known: ReadonlySet<number>): number[] {
  const found: number[] = [];
  for (let i = start + 1; i < end; i++) {
    if (!/\d/u.test(text[i] ?? '') || /\d/u.test(text[i - 1] ?? '')) continue;
    const marker = markerAt(text, i, known);
    if (marker) found.push(marker.n);
  }
  return found;
}

/** URLs written inside a stretch of text. */
export function inlineUrls(text: string): string[] {
  return [...text.matchAll(INLINE_URL)].map((m) => m[0].replace(/[.,;:]+$/u, ''));
}

/** Year stated by footnote URLs that carry a date path ("cpj.org/2020/10/…"), the most frequent one. */
export function yearFromUrls(urls: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const url of urls) {
    const m =
      /\/((?:19|20)\d\d)\/(?:0?[1-9]|1[0-2])\//u.exec(url) ??
      /[/_-]((?:19|20)\d\d)[-_/](?:0[1-9]|1[0-2])[-_/]/u.exec(url);
    if (m?.[1]) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = year;
  return best;
}
