import { decodeText } from './decode-text.js';
import { normaliseMetadataDate } from './metadata-date.js';
import type { ExtractedContent } from './types.js';

/**
 * Plain text and Markdown: decoded, newlines normalised, trailing blanks dropped; Markdown is kept as
 * written (it reads fine as text) minus its front matter, which gives title and date.
 */
export function extractText(bytes: Uint8Array, markdown: boolean): ExtractedContent {
  // Trailing blanks carry nothing (pdftotext-style exports are full of them) and upset offset-based quotes.
  const decoded = decodeText(bytes);
  const text = decoded.text.replace(/[ \t]+$/gm, '');
  const encoding = decoded.encoding;
  const warnings =
    encoding === 'utf-8' || encoding.startsWith('utf-16') ? [] : [`not valid UTF-8; decoded as ${encoding}`];
  if (!markdown) return { pageTexts: [text.trim()], title: null, publishedAt: null, warnings };
  const front = frontMatter(text);
  const body = text.replace(FRONT_MATTER, '');
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1]?.trim() ?? null;
  return {
    pageTexts: [body.trim()],
    title: front.title ?? heading,
    publishedAt: normaliseMetadataDate(front.date),
    warnings,
  };
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/** `title:` and `date:` of a YAML front-matter block, read with a regex (no YAML parser needed for two keys). */
function frontMatter(text: string): { title: string | null; date: string | null } {
  const block = FRONT_MATTER.exec(text)?.[1];
  if (!block) return { title: null, date: null };
  const value = (key: string) =>
    new RegExp(`^${key}:[ \\t]*["']?(.*?)["']?[ \\t]*$`, 'm').exec(block)?.[1]?.trim() || null;
  return { title: value('title'), date: value('date') };
}
