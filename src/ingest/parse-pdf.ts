import { AppError } from '../shared/errors.js';
import { normaliseMetadataDate } from './metadata-date.js';
import { buildLines, pageText, type PageLine, type PositionedText } from './pdf-layout.js';
import { removeRunningLines } from './running-lines.js';
import type { ExtractedContent } from './types.js';

/** pdf.js error names (its exception classes are not exported from every build, the names are stable). */
const ENCRYPTED = 'PasswordException';

/** Text, title and creation date of a PDF, page by page, via pdf.js (no rendering, no scripts, no fonts). */
export async function extractPdf(bytes: Uint8Array, fileName: string): Promise<ExtractedContent> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: bytes.slice(), // pdf.js may detach the buffer it is given; the caller keeps the original
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = error instanceof Error ? error.name : '';
    if (name === ENCRYPTED)
      throw new AppError(
        'file_encrypted',
        `${fileName}: the PDF is password-protected; remove the password and upload again`,
        'file',
      );
    throw new AppError('file_corrupt', `${fileName}: the PDF could not be read (${describe(error)})`, 'file');
  }
  try {
    const warnings: string[] = [];
    const pageLines: PageLine[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      try {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        const items: PositionedText[] = [];
        for (const item of content.items) {
          if (!('str' in item)) continue; // marked-content markers carry no text
          items.push({
            str: item.str,
            x: item.transform[4] as number,
            y: item.transform[5] as number,
            width: item.width,
            height: item.height,
            hasEOL: item.hasEOL,
          });
        }
        pageLines.push(buildLines(items));
        page.cleanup();
      } catch (error) {
        warnings.push(`page ${n} could not be read (${describe(error)}); it is left empty`);
        pageLines.push([]);
      }
    }
    const hasText = (lines: PageLine[]) => lines.some((l) => /[\p{L}\p{N}]/u.test(l.text));
    if (!pageLines.some(hasText))
      throw new AppError(
        'no_text_layer',
        `${fileName}: the PDF has no text layer (probably scanned images); it needs OCR before Dalil can read it`,
        'file',
      );
    const blank = pageLines.flatMap((lines, i) => (hasText(lines) ? [] : [i + 1]));
    if (blank.length > 0)
      warnings.push(`pages without a text layer (scanned? need OCR): ${blank.join(', ')}`);

    const { pages, removed } = removeRunningLines(pageLines);
    if (removed > 0) warnings.push(`removed ${removed} running header/footer and page-number lines`);

    const { title, publishedAt } = await readPdfMetadata(pdf);
    return { pageTexts: pages.map(pageText), title, publishedAt, warnings };
  } finally {
    await pdf.destroy();
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200);

/** Title and creation date from the Info dictionary, else from XMP (dc:title, xmp:CreateDate). */
async function readPdfMetadata(pdf: {
  getMetadata(): Promise<{ info: object; metadata: { get(name: string): unknown } | null }>;
}): Promise<{ title: string | null; publishedAt: string | null }> {
  const meta = await pdf.getMetadata().catch(() => null);
  const info = (meta?.info ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  const xmp = (name: string) => text(meta?.metadata?.get(name));
  return {
    title: text(info.Title) ?? xmp('dc:title'),
    publishedAt: normaliseMetadataDate(text(info.CreationDate) ?? xmp('xmp:createdate')),
  };
}
