import { createHash } from 'node:crypto';
import { AppError } from '../shared/errors.js';
import { detectMediaType } from './detect-type.js';
import { detectLanguage } from './language.js';
import { extractText } from './parse-text.js';
import { declaredExpansion, listZipEntries } from './zip-entries.js';
import {
  DEFAULT_MAX_BYTES,
  MEDIA_TYPES,
  type ExtractedContent,
  type MediaType,
  type PageSpan,
  type ParsedDocument,
} from './types.js';

/** Pages are separated by a blank line in `text`; `pages` spans exclude the separator. */
const PAGE_SEPARATOR = '\n\n';

/** The cheap checks done before any parsing: empty, too large, then the type from the content. */
export function checkDocument(bytes: Uint8Array, fileName: string, maxBytes = DEFAULT_MAX_BYTES): MediaType {
  if (bytes.byteLength === 0) throw new AppError('file_empty', `${fileName}: the file is empty`, 'file');
  if (bytes.byteLength > maxBytes)
    throw new AppError(
      'file_too_large',
      `${fileName}: ${formatMb(bytes.byteLength)} is over the limit of ${formatMb(maxBytes)}`,
      'file',
      { byteLength: bytes.byteLength, maxBytes },
    );
  const mediaType = detectMediaType(bytes, fileName);
  if (mediaType === MEDIA_TYPES.docx) checkExpansion(bytes, fileName);
  return mediaType;
}

/** Far more than any real report's DOCX parts; a "zip bomb" declares gigabytes. */
export const MAX_DOCX_EXPANSION = 200 * 1024 * 1024;

/**
 * A DOCX whose parts declare they expand beyond the limit is refused before anything is inflated. (A ZIP
 * that lies about its sizes is still bounded: the parse runs in a worker with a heap limit.)
 */
function checkExpansion(bytes: Uint8Array, fileName: string): void {
  const expanded = declaredExpansion(listZipEntries(bytes) ?? []);
  if (expanded > MAX_DOCX_EXPANSION)
    throw new AppError(
      'file_too_large',
      `${fileName}: its parts would expand to ${formatMb(expanded)}, over the limit of ${formatMb(MAX_DOCX_EXPANSION)}`,
      'file',
      { expandedBytes: expanded, maxBytes: MAX_DOCX_EXPANSION },
    );
}

/**
 * Parses a document in the calling thread, without time or memory bounds. For trusted input and tests;
 * user uploads go through `parseDocument`, which runs this in a bounded worker.
 */
export async function parseDocumentInProcess(
  bytes: Uint8Array,
  fileName: string,
  opts: { maxBytes?: number } = {},
): Promise<ParsedDocument> {
  const mediaType = checkDocument(bytes, fileName, opts.maxBytes);
  const content = await extractContent(mediaType, bytes, fileName);
  const { text, pages } = joinPages(content.pageTexts);
  if (!/[\p{L}\p{N}]/u.test(text))
    throw new AppError('file_empty', `${fileName}: the file contains no text`, 'file');
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    mediaType,
    fileName,
    byteLength: bytes.byteLength,
    text,
    pages,
    language: detectLanguage(text),
    title: content.title,
    publishedAt: content.publishedAt,
    warnings: content.warnings,
  };
}

/** Format parsers are imported on demand: each worker loads only the libraries its file needs. */
async function extractContent(
  mediaType: MediaType,
  bytes: Uint8Array,
  fileName: string,
): Promise<ExtractedContent> {
  switch (mediaType) {
    case MEDIA_TYPES.pdf:
      return (await import('./parse-pdf.js')).extractPdf(bytes, fileName);
    case MEDIA_TYPES.docx:
      return (await import('./parse-docx.js')).extractDocx(bytes, fileName);
    case MEDIA_TYPES.html:
      return (await import('./parse-html.js')).extractHtml(bytes);
    case MEDIA_TYPES.text:
      return extractText(bytes, false);
    case MEDIA_TYPES.markdown:
      return extractText(bytes, true);
  }
}

/** One text with a span per page, so a character offset can be mapped back to its page. */
export function joinPages(pageTexts: string[]): { text: string; pages: PageSpan[] } {
  const pages: PageSpan[] = [];
  let text = '';
  pageTexts.forEach((pageText, i) => {
    if (i > 0) text += PAGE_SEPARATOR;
    pages.push({ n: i + 1, start: text.length, end: text.length + pageText.length });
    text += pageText;
  });
  return { text, pages };
}

const formatMb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
