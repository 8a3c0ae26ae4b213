/**
 * Renders a submission letter as Markdown or HTML. All user text is escaped here, and links are kept only
 * for http(s) addresses, so no name, quote or URL can inject markup or script.
 */
import { buildLetter, type LetterDoc, type Segment } from './letter-model.js';
import type { LetterInput, LetterOptions } from './letter-types.js';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Escapes text for HTML element content and quoted attributes. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
/** Backslash-escapes Markdown punctuation so that text stays text (CommonMark allows it for any punctuation). */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');

/** Only absolute http(s) addresses become links. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function markdownSegment(s: Segment): string {
  if (typeof s === 'string') return escapeMarkdown(s);
  const href = safeHref(s.href);
  // Angle-bracket autolinks cannot contain spaces or '<' '>', which URL.href has already encoded.
  return href === null ? escapeMarkdown(s.text) : `<${href}>`;
}

function htmlSegment(s: Segment): string {
  if (typeof s === 'string') return escapeHtml(s);
  const href = safeHref(s.href);
  return href === null ? escapeHtml(s.text) : `<a href="${escapeHtml(href)}">${escapeHtml(s.text)}</a>`;
}

function toMarkdown(doc: LetterDoc): string {
  const out = [`# ${escapeMarkdown(doc.title)}`, '', ...doc.meta.map((m) => `${escapeMarkdown(m)}  `), ''];
  for (const block of doc.blocks) {
    out.push(`## ${escapeMarkdown(block.heading)}`, '');
    for (const p of block.paragraphs) out.push(p.map(markdownSegment).join(''), '');
    if (block.list) {
      block.list.items.forEach((item, i) =>
        out.push(`${block.list?.ordered ? `${i + 1}.` : '-'} ${item.map(markdownSegment).join('')}`),
      );
      out.push('');
    }
  }
  return out.join('\n');
}

function toHtml(doc: LetterDoc): string {
  const out = [
    '<article class="submission-letter">',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p>${doc.meta.map(escapeHtml).join('<br>')}</p>`,
  ];
  for (const block of doc.blocks) {
    out.push(`<h2>${escapeHtml(block.heading)}</h2>`);
    for (const p of block.paragraphs) out.push(`<p>${p.map(htmlSegment).join('')}</p>`);
    if (block.list) {
      const tag = block.list.ordered ? 'ol' : 'ul';
      out.push(
        `<${tag}>`,
        ...block.list.items.map((item) => `<li>${item.map(htmlSegment).join('')}</li>`),
        `</${tag}>`,
      );
    }
  }
  out.push('</article>');
  return out.join('\n');
}

/** A submission letter for `options.recipient`, redacted unless the recipient is cleared. */
export function renderSubmissionLetter(input: LetterInput, options: LetterOptions): string {
  const doc = buildLetter(input, options.recipient, options.redactor);
  return options.format === 'html' ? toHtml(doc) : toMarkdown(doc);
}
