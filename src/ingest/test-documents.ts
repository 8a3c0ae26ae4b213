/**
 * Builders of small documents for the ingest tests and benchmark: PDFs with pdf-lib, DOCX with docx.
 * Test-only (they use devDependencies); nothing in the runtime path imports this file.
 */
import { Document, ExternalHyperlink, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  StandardFonts,
  beginText,
  endText,
  moveText,
  setFontAndSize,
  showText,
  rgb,
} from 'pdf-lib';

export interface PdfSpec {
  /** Lines of body text for each page. */
  pages: string[][];
  /** Drawn at the top of every page. */
  header?: string;
  /** Drawn at the bottom of every page, with `{n}` replaced by the page number. */
  footer?: string;
  title?: string;
  creationDate?: Date;
  /** Written only as XMP metadata (no Info entries), as some PDF producers do. */
  xmp?: { title: string; createDate: string };
}

/** A text PDF: one line per entry at 14 pt spacing, an empty entry leaves a paragraph gap. */
export async function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  // pdf-lib stamps Info dates (now) unless told not to; an XMP-only document must have none.
  const pdf = await PDFDocument.create({ updateMetadata: !spec.xmp });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  if (spec.title) pdf.setTitle(spec.title);
  if (spec.creationDate) pdf.setCreationDate(spec.creationDate);
  spec.pages.forEach((lines, i) => {
    const page = pdf.addPage([595, 842]);
    if (spec.header) page.drawText(spec.header, { x: 60, y: 800, size: 9, font });
    let y = 760;
    for (const line of lines) {
      if (line) page.drawText(line, { x: 60, y, size: 11, font });
      y -= 14;
    }
    if (spec.footer)
      page.drawText(spec.footer.replace('{n}', String(i + 1)), { x: 280, y: 40, size: 9, font });
  });
  if (spec.xmp) addXmp(pdf, spec.xmp);
  return pdf.save();
}

function addXmp(pdf: PDFDocument, { title, createDate }: { title: string; createDate: string }): void {
  const xml =
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">' +
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">' +
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>` +
    `<xmp:CreateDate>${createDate}</xmp:CreateDate></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const stream = pdf.context.stream(xml, { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}

/** A PDF whose only page is a drawn rectangle: what a scan without OCR looks like to a text extractor. */
export async function makeScannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.8, 0.8, 0.8) });
  return pdf.save();
}

/**
 * A PDF with an /Encrypt dictionary whose password check fails for the empty password, i.e. one that needs
 * a user password to open (the O/U entries are arbitrary, so no password opens it: enough for refusal).
 */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('Secret text behind a password', { x: 50, y: 700, size: 12, font });
  const filler = PDFHexString.of('7a'.repeat(32));
  const encrypt = pdf.context.obj({
    Filter: 'Standard',
    V: 1,
    R: 2,
    Length: 40,
    P: -44,
    O: filler,
    U: filler,
  });
  pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
  const id = PDFHexString.of('0123456789abcdef0123456789abcdef');
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);
  return pdf.save({ useObjectStreams: false });
}

/**
 * A PDF with Russian text. pdf-lib cannot embed a Cyrillic font without fontkit, so this uses standard
 * Helvetica with an /Encoding /Differences table naming the Cyrillic glyphs (afii100xx): viewers may draw
 * boxes, but the text layer maps to real Cyrillic letters, which is what extraction reads.
 */
export async function makeCyrillicPdf(lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const differences: (number | PDFName)[] = [0xc0];
  for (let i = 0; i < 64; i++)
    differences.push(PDFName.of(`afii${(i < 32 ? 10017 : 10033) + i + (i % 32 >= 6 ? 1 : 0)}`));
  const encoding = pdf.context.obj({
    Type: 'Encoding',
    BaseEncoding: 'WinAnsiEncoding',
    Differences: differences,
  });
  const font = pdf.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: encoding });
  const page = pdf.addPage([595, 842]);
  page.node.setFontDictionary(PDFName.of('FCyr'), pdf.context.register(font));
  let y = 760;
  for (const line of lines) {
    page.pushOperators(
      beginText(),
      setFontAndSize('FCyr', 11),
      moveText(60, y),
      showText(toCp1251Hex(line)),
      endText(),
    );
    y -= 14;
  }
  return pdf.save();
}

/** Cyrillic А..я as bytes 0xC0..0xFF (the windows-1251 layout our /Differences table mirrors), ASCII as is. */
function toCp1251Hex(text: string): PDFHexString {
  const bytes = [...text].map((ch) => {
    const code = ch.codePointAt(0) ?? 0x3f;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    return code < 0x80 ? code : 0x3f;
  });
  return PDFHexString.of(bytes.map((b) => b.toString(16).padStart(2, '0')).join(''));
}

export interface DocxSpec {
  title?: string;
  paragraphs: string[];
  /** Footnote text attached to the end of the first paragraph. */
  footnote?: string;
  /** A hyperlink paragraph: anchor text and URL. */
  link?: { text: string; url: string };
}

/** A DOCX with paragraphs, an optional footnote on the first paragraph and an optional hyperlink. */
export async function makeDocx(spec: DocxSpec): Promise<Uint8Array> {
  const children = spec.paragraphs.map(
    (text, i) =>
      new Paragraph({
        children: [new TextRun(text), ...(i === 0 && spec.footnote ? [new FootnoteReferenceRun(1)] : [])],
      }),
  );
  if (spec.link)
    children.push(
      new Paragraph({
        children: [new ExternalHyperlink({ link: spec.link.url, children: [new TextRun(spec.link.text)] })],
      }),
    );
  const doc = new Document({
    ...(spec.title ? { title: spec.title } : {}),
    ...(spec.footnote ? { footnotes: { 1: { children: [new Paragraph(spec.footnote)] } } } : {}),
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
