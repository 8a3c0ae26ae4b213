/**
 * Cheap segmentation into paragraphs and sentences that keeps character offsets into the original text, skips
 * footnote definition lines and headings, and ties footnote markers to the sentence they end.
 */
import { markerAt } from './footnotes.js';
import type { Span } from './types.js';

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  /** text.slice(start, end): the sentence without its footnote marker. */
  text: string;
  footnotes: number[];
}

export interface Segmentation {
  title: string | null;
  titleSpan: Span | null;
  sentences: Sentence[];
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'prof',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'г',
  'гг',
  'ул',
  'им',
  'т.е',
  'т.д',
  'др',
  'пр',
  'тыс',
  'млн',
  'см',
  'ст',
]);
const HEADING = /^[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*$/u;

function blank(text: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    parts.push(text.slice(at, s), ' '.repeat(e - s));
    at = e;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Paragraph spans: separated by blank lines; heading lines (no lower-case letter) stand alone. */
function paragraphs(masked: string): Span[] {
  const out: Span[] = [];
  let start: number | null = null;
  let pos = 0;
  for (const line of masked.split('\n')) {
    const lineStart = pos;
    const lineEnd = pos + line.length;
    pos = lineEnd + 1;
    const isBlank = line.trim() === '';
    const isHeading = !isBlank && HEADING.test(line) && line.replace(/[^\p{L}]/gu, '').length >= 3;
    if (isBlank || isHeading) {
      if (start !== null) out.push([start, lineStart]);
      start = null;
      if (isHeading) out.push([lineStart, lineEnd]);
      continue;
    }
    start ??= lineStart;
  }
  if (start !== null) out.push([start, masked.length]);
  return out;
}

function isAbbreviation(masked: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(masked.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (!before) return false;
  if (/^\p{Lu}$/u.test(before)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(before.toLowerCase());
}

function trimSpan(text: string, s: number, e: number): Span {
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

/** Splits text into sentences with offsets, footnote markers and the title (first unpunctuated paragraph). */
export function segment(
  text: string,
  footnoteLines: readonly Span[],
  known: ReadonlySet<number>,
): Segmentation {
  const masked = blank(text, footnoteLines);
  const sentences: Sentence[] = [];
  let title: string | null = null;
  let titleSpan: Span | null = null;
  const paras = paragraphs(masked);
  paras.forEach(([ps, pe], paragraph) => {
    const [s0, e0] = trimSpan(masked, ps, pe);
    const body = masked.slice(s0, e0);
    if (paragraph === 0 && body.length < 200 && !/[.!?]$/u.test(body)) {
      title = body.replace(/\s+/gu, ' ');
      titleSpan = [s0, e0];
      return;
    }
    let start = s0;
    const terminator = /[.!?…]+["”’»)\]]*/gu;
    terminator.lastIndex = s0;
    for (let m = terminator.exec(masked); m && m.index < e0; m = terminator.exec(masked)) {
      let end = m.index + m[0].length;
      const marker = markerAt(masked, end, known);
      const after = end + (marker?.length ?? 0);
      const next = masked.slice(after, after + 3);
      if (after < e0 && !/^\s+["“«(\p{Lu}\d]/u.test(next)) continue;
      if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(masked, m.index)) continue;
      const [s, e] = trimSpan(text, start, end);
      if (e > s)
        sentences.push({
          index: sentences.length,
          paragraph,
          start: s,
          end: e,
          text: text.slice(s, e),
          footnotes: marker ? [marker.n] : [],
        });
      start = after;
      end = after;
      terminator.lastIndex = after;
    }
    const [s, e] = trimSpan(text, start, e0);
    if (e > s && /[\p{L}\d]/u.test(text.slice(s, e))) {
      sentences.push({
        index: sentences.length,
        paragraph,
        start: s,
        end: e,
        text: text.slice(s, e),
        footnotes: [],
      });
    }
  });
  return { title, titleSpan, sentences };
}
