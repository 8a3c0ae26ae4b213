import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { AppError } from '../shared/errors.js';
import { htmlToText } from './html-text.js';
import { normaliseMetadataDate } from './metadata-date.js';
import type { ExtractedContent } from './types.js';
import { readZipEntry } from './zip-entries.js';

/** Images are dropped: mammoth would otherwise inline every picture as a base64 data URI. */
const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * The text of a DOCX (paragraphs kept, links inline) with its footnotes and endnotes appended as a
 * "Notes" section of numbered lines ("1 https://…"), plus title and creation date from docProps/core.xml.
 */
export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<ExtractedContent> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: noImages, externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    throw new AppError('file_corrupt', `${fileName}: the DOCX could not be read (${reason})`, 'file');
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: Document;
  };
  // Notes are numbered as their references read in the text ("[1]"), not by their internal ids.
  const shownNumber = new Map<string, string>();
  for (const ref of Array.from(document.querySelectorAll('a[href^="#footnote-"], a[href^="#endnote-"]'))) {
    const number = /^\[(\d+)\]$/.exec(ref.textContent?.trim() ?? '')?.[1];
    if (number) shownNumber.set(ref.getAttribute('href')?.slice(1) ?? '', number);
  }
  const notes: string[] = [];
  const body = htmlToText(document.body, {
    onNote: (id, text) => notes.push(`${shownNumber.get(id) ?? notes.length + 1} ${text}`),
  });
  const text = notes.length > 0 ? `${body}\n\nNotes\n${notes.join('\n')}` : body;
  const core = readCoreProperties(bytes);
  return { pageTexts: [text], title: core.title, publishedAt: core.created, warnings: [] };
}

/** dc:title and dcterms:created of the package, read with a size cap. */
function readCoreProperties(bytes: Uint8Array): { title: string | null; created: string | null } {
  const xmlBytes = readZipEntry(bytes, 'docProps/core.xml', 256 * 1024);
  if (!xmlBytes) return { title: null, created: null };
  const xml = new TextDecoder('utf-8').decode(xmlBytes);
  const field = (tag: string) => {
    const raw = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];
    return raw === undefined ? null : decodeXmlEntities(raw).trim() || null;
  };
  return { title: field('dc:title'), created: normaliseMetadataDate(field('dcterms:created')) };
}

const decodeXmlEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
