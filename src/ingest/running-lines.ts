import type { PageLine } from './pdf-layout.js';

/**
 * Running headers and footers of PDF pages: lines at the top or bottom of many pages that are not part of
 * the text (report title, chapter name with page number, bare page numbers).
 */

/** A line that is only a page number: "7", "- 7 -", "Page 7", "7 of 20", "Стр. 7", "7/20", "xii". */
const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:(?:page|p\.|pg\.?|стр\.?|страница|с\.)\s*)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|из|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;

/** Lines compared after digits are masked, so "Report — page 3" and "Report — page 4" are the same. */
const runningKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** How many lines from the top and from the bottom of a page can be header/footer. */
const EDGE_LINES = 2;

/**
 * Drops running headers and footers: lines at the top or bottom edge of a page that repeat (digits masked)
 * at the edges of most pages, and lines that are only a page number. Only lines contiguous with the edge
 * are dropped, so body text that happens to repeat is kept.
 */
export function removeRunningLines(pages: PageLine[][]): { pages: PageLine[][]; removed: number } {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set(
      [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((l) => runningKey(l.text)),
    );
    for (const key of edge) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.6));
  const offset = pageNumberOffset(pages);
  const isRunning = (line: PageLine, pageIndex: number) => {
    if (PAGE_NUMBER.test(line.text)) return true;
    const count = counts.get(runningKey(line.text)) ?? 0;
    if (pages.length >= 2 && count >= needed) return true;
    // Chapter headers ("Chapter 4: Methods 12") repeat only within a chapter but carry the page number.
    const n = numberAtEdgeOf(line.text);
    return count >= 2 && offset !== null && n !== null && n - pageIndex === offset;
  };

  const cleaned = pages.map((lines, i) => trimEdges(lines, (line) => isRunning(line, i)));
  // A page holding only its header and footer (a blank separator page) ends up empty, which is right; a
  // document ending up with no text at all is one of identical short pages, not headers: keep it whole.
  if (!cleaned.some((lines) => lines.length > 0)) return { pages, removed: 0 };
  const removed = pages.reduce((sum, lines, i) => sum + lines.length - (cleaned[i]?.length ?? 0), 0);
  return { pages: cleaned, removed };
}

/** The number ending a line ("Methods 12") or starting it before a separator ("12 | Methods"). */
function numberAtEdgeOf(text: string): number | null {
  const match = /\s(\d{1,4})$/.exec(text) ?? /^(\d{1,4})\s*[|·•–—-]\s/.exec(text);
  return match ? Number(match[1]) : null;
}

/**
 * The printed-page-number minus page-index offset shared by many edge lines (printed numbers often start
 * after unnumbered front matter), or null when edge numbers do not progress with the pages.
 */
function pageNumberOffset(pages: PageLine[][]): number | null {
  const offsets = new Map<number, number>();
  pages.forEach((lines, i) => {
    const seen = new Set<number>();
    for (const line of [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]) {
      const n = numberAtEdgeOf(line.text);
      if (n !== null) seen.add(n - i);
    }
    for (const offset of seen) offsets.set(offset, (offsets.get(offset) ?? 0) + 1);
  });
  const [best, count] = [...offsets].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  return count >= Math.max(3, pages.length * 0.25) ? best : null;
}

function trimEdges(lines: PageLine[], isRunning: (line: PageLine) => boolean): PageLine[] {
  let start = 0;
  let end = lines.length;
  while (start < Math.min(EDGE_LINES, end) && isRunning(lines[start] as PageLine)) start++;
  while (end > start && lines.length - end < EDGE_LINES && isRunning(lines[end - 1] as PageLine)) end--;
  return lines.slice(start, end);
}
