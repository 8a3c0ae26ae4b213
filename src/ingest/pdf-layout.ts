/**
 * Turning pdf.js text items back into readable text: lines from item positions, paragraphs from vertical
 * gaps, words re-joined across hyphenated line ends (running headers/footers: running-lines.ts).
 * Pure functions over plain data, so they are tested without any PDF.
 */

/** The parts of a pdf.js TextItem we use (x, y from `transform[4]`, `transform[5]`; y grows upwards). */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface PageLine {
  text: string;
  /** Baseline of the line (PDF units, grows upwards). */
  y: number;
  /** Font height of the line's tallest item; used to tell line gaps from paragraph gaps. */
  height: number;
}

/**
 * Lines in content-stream order: a new line starts at an end-of-line mark or when the baseline moves by
 * more than half a line. Stream order (not a y-sort) keeps multi-column text readable in most PDFs.
 */
export function buildLines(items: PositionedText[]): PageLine[] {
  const lines: PageLine[] = [];
  let current: { parts: string[]; y: number; height: number; endX: number } | null = null;
  const flush = () => {
    const text = current?.parts.join('').replace(/\s+/g, ' ').trim();
    if (current && text) lines.push({ text, y: current.y, height: current.height });
    current = null;
  };
  for (const item of items) {
    const height = Math.abs(item.height) || 10;
    if (current && item.str.trim() && Math.abs(item.y - current.y) > 0.5 * Math.max(height, current.height))
      flush();
    if (item.str) {
      if (!current) current = { parts: [], y: item.y, height, endX: item.x };
      const last = current.parts.at(-1) ?? '';
      // Items drawn with a visible gap but no space character between them are separate words.
      const gap = item.x - current.endX;
      if (last && !/\s$/.test(last) && !/^\s/.test(item.str) && gap > height * 0.15) current.parts.push(' ');
      current.parts.push(item.str);
      current.endX = item.x + item.width;
      current.height = Math.max(current.height, height);
    }
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

/**
 * The text of one page: lines joined by '\n', a blank line where the vertical gap is clearly larger than
 * the line spacing (a paragraph break), and words split by a hyphen at a line end re-joined.
 */
export function pageText(lines: PageLine[]): string {
  const gaps = lines.slice(1).map((line, i) => Math.abs((lines[i] as PageLine).y - line.y));
  const usual = median(gaps.filter((g) => g > 0)) ?? 0;
  let text = '';
  lines.forEach((line, i) => {
    if (i > 0) {
      const gap = gaps[i - 1] ?? 0;
      const paragraphBreak = usual > 0 && gap > usual * 1.4 && gap > line.height * 1.5;
      text += paragraphBreak ? '\n\n' : '\n';
    }
    text += line.text;
  });
  return joinHyphenatedWords(text);
}

/**
 * "investi-\ngated" → "investigated": a letter, a hyphen (or soft hyphen) ending a line, and a lower-case
 * letter starting the next. Hyphens inside a line ("law-enforcement") are untouched. A compound that
 * happens to break at its own hyphen loses it ("law-\nenforcement" → "lawenforcement"): without a
 * dictionary the two cases look the same, and split words are far more common in justified reports.
 */
export const joinHyphenatedWords = (text: string) => text.replace(/(\p{L})[-\u00AD]\n(\p{Ll})/gu, '$1$2');

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  // The lower median: with few lines, half of the gaps may be paragraph gaps.
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
