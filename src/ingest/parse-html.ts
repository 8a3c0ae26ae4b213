import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { AppError } from '../shared/errors.js';
import { decodeText } from './decode-text.js';
import { MAX_HTML_NESTING, nestingDepth } from './html-depth.js';
import { htmlToText } from './html-text.js';
import { normaliseMetadataDate } from './metadata-date.js';
import type { ExtractedContent } from './types.js';

/** Below this many characters Readability's pick is not trusted and the whole body is used instead. */
const MIN_ARTICLE_CHARS = 200;

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="citation_publication_date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
];

/**
 * The article text of an HTML page (Readability over linkedom's DOM, which never runs scripts), its title
 * and its publication date from metadata.
 */
export function extractHtml(bytes: Uint8Array): ExtractedContent {
  const { text: html, encoding } = decodeText(bytes, true);
  const warnings = encoding === 'utf-8' || encoding.startsWith('utf-16') ? [] : [`decoded as ${encoding}`];
  if (nestingDepth(html, MAX_HTML_NESTING) > MAX_HTML_NESTING)
    throw new AppError(
      'file_corrupt',
      `the page's elements are nested more than ${MAX_HTML_NESTING} levels deep; it is not an article`,
      'file',
    );
  const { document } = parseHTML(html) as unknown as { document: Document };

  // Metadata first: Readability rewrites the document it is given.
  const publishedAt = findPublishedAt(document);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  const fallbackText = document.body ? htmlToText(document.body) : htmlToText(document);

  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability<Node>(document, {
      serializer: (node) => node,
      charThreshold: MIN_ARTICLE_CHARS,
    }).parse();
  } catch {
    article = null; // Readability gives up on odd markup; the whole body is still there
  }
  const articleText = article?.content ? htmlToText(article.content) : '';
  const useArticle = articleText.length >= Math.min(MIN_ARTICLE_CHARS, fallbackText.length * 0.5);
  if (!useArticle && fallbackText)
    warnings.push('could not isolate the article; kept the text of the whole page');

  return {
    pageTexts: [useArticle ? articleText : fallbackText],
    title: article?.title?.trim() || pageTitle,
    publishedAt: publishedAt ?? normaliseMetadataDate(article?.publishedTime),
    warnings,
  };
}

function findPublishedAt(document: Document): string | null {
  for (const selector of PUBLISHED_META) {
    const date = normaliseMetadataDate(document.querySelector(selector)?.getAttribute('content'));
    if (date) return date;
  }
  for (const time of Array.from(document.querySelectorAll('time[datetime]'))) {
    const date = normaliseMetadataDate(time.getAttribute('datetime'));
    if (date) return date;
  }
  return null;
}
