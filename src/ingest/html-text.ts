/**
 * Plain text from an HTML element tree (from linkedom, Readability or mammoth's output), keeping paragraph
 * breaks and making links' URLs visible inline as "anchor text (https://…)". Inline, not a "Links"
 * section, so a source stays next to the sentence it supports, where extraction looks for it.
 */

const BLOCKS = new Set(
  (
    'address article aside blockquote body caption dd details div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section summary table tbody tfoot thead ul'
  ).split(' '),
);
/** Blocks that are one line of a list or table: a line break, not a blank line, around them. */
const LINE_BLOCKS = new Set(['li', 'tr', 'dt', 'dd']);
const SKIPPED = new Set(
  'script style noscript template svg iframe object embed head button select'.split(' '),
);

const PARAGRAPH = '\u0000P';
const LINE = '\u0000L';

export interface HtmlTextOptions {
  /** Called for `<li id="footnote-N">` / `endnote-N` items (mammoth's notes); they are left out of the text. */
  onNote?: (id: string, text: string) => void;
}

/** The readable text of `root`, paragraphs separated by a blank line. */
export function htmlToText(root: Node, options: HtmlTextOptions = {}): string {
  const out: string[] = [];
  walk(root, out, options, false);
  return out
    .join('')
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/ *(\u0000[PL]) */g, '$1')
    .replace(/(?:\u0000[PL])*\u0000P(?:\u0000[PL])*/g, '\n\n')
    .replace(/^(?:\u0000L)+|(?:\u0000L)+$/g, '')
    .replace(/(?:\u0000L)+/g, '\n')
    .trim();
}

function walk(node: Node, out: string[], options: HtmlTextOptions, inPre: boolean): void {
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    out.push(inPre ? text.replace(/\n/g, LINE) : text.replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const element = node as Element;
  const tag = node.nodeType === 1 ? element.tagName.toLowerCase() : '#root';
  if (SKIPPED.has(tag)) return;
  if (tag === 'br') return void out.push(LINE);

  const id = node.nodeType === 1 ? (element.getAttribute('id') ?? '') : '';
  if (tag === 'li' && options.onNote && /^(?:footnote|endnote)-\d+$/.test(id)) {
    options.onNote(id, oneLine(node, inPre).replace(/\s*↑$/, ''));
    return;
  }
  if (tag === 'td' || tag === 'th') {
    // A cell is one piece of a row, however many paragraphs it holds (Word puts a <p> in every cell).
    return void out.push(`${element.previousElementSibling ? ' | ' : ''}${oneLine(node, inPre)}`);
  }

  const block = BLOCKS.has(tag) ? PARAGRAPH : LINE_BLOCKS.has(tag) ? LINE : null;
  if (block) out.push(block);
  if (tag === 'li') out.push(listMarker(element));
  const before = out.length;
  for (const child of Array.from(node.childNodes)) walk(child, out, options, inPre || tag === 'pre');
  if (tag === 'a') appendHref(element, out.slice(before).join(''), out);
  if (block) out.push(block);
}

/** The text of an element's children on one line (used for notes and table cells). */
function oneLine(node: Node, inPre: boolean): string {
  const parts: string[] = [];
  for (const child of Array.from(node.childNodes)) walk(child, parts, {}, inPre);
  return parts
    .join('')
    .replace(/\u0000[PL]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function listMarker(li: Element): string {
  const parent = li.parentElement;
  if (parent?.tagName.toLowerCase() !== 'ol') return '- ';
  const index = Array.from(parent.children)
    .filter((c) => c.tagName.toLowerCase() === 'li')
    .indexOf(li);
  return `${index + 1}. `;
}

function appendHref(anchor: Element, anchorText: string, out: string[]): void {
  const href = anchor.getAttribute('href')?.trim() ?? '';
  // Only absolute web links: relative ones cannot be resolved without the page's URL, which we lack.
  if (!/^https?:\/\//i.test(href)) return;
  const shown = anchorText.replace(/\u0000[PL]/g, ' ').trim();
  if (shown === href || shown.replace(/\/$/, '') === href.replace(/\/$/, '')) return;
  out.push(shown ? ` (${href})` : href);
}
