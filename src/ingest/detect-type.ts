import { AppError } from '../shared/errors.js';
import { decodeText } from './decode-text.js';
import { MEDIA_TYPES, type MediaType } from './types.js';
import { listZipEntries } from './zip-entries.js';

/** What the first bytes say the file is; `other:*` kinds are recognised but never parsed. */
type Sniffed = 'pdf' | 'docx' | 'zip' | 'text' | `other:${string}`;

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);

/** Well-known binary formats we refuse by name, so the message tells the user what they uploaded. */
const OTHER_MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['Windows executable', [0x4d, 0x5a]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['legacy Word/Office (.doc, .xls) file; save it as DOCX or PDF', [0xd0, 0xcf, 0x11, 0xe0]],
  ['RTF document; save it as DOCX or PDF', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21]],
];

function sniff(bytes: Uint8Array): Sniffed {
  // The PDF spec lets readers accept a header within the first 1024 bytes; some generators emit junk first.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (
    head.startsWith('%PDF-') ||
    (head.includes('%PDF-') && !looksBinaryBefore(bytes, head.indexOf('%PDF-')))
  )
    return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const entries = listZipEntries(bytes);
    // A cut-off or damaged ZIP has no readable directory: say so, rather than "a ZIP without a document".
    if (!entries) return 'other:damaged ZIP archive';
    return entries.some((e) => e.name === 'word/document.xml') ? 'docx' : 'zip';
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text'; // UTF-16 with BOM
  for (const [name, magic] of OTHER_MAGIC) if (startsWith(bytes, magic)) return `other:${name}`;
  return isProbablyText(bytes) ? 'text' : 'other:binary data';
}

const looksBinaryBefore = (bytes: Uint8Array, end: number) => bytes.subarray(0, end).includes(0);

/** Text has no NUL bytes and few control characters in its first 8 KB (UTF-16 is recognised by its BOM). */
function isProbablyText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control <= sample.length * 0.01;
}

const HTML_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article)\b/i;

/** True when a text file starts like an HTML page. */
export const looksLikeHtml = (head: string) => HTML_START.test(head.replace(/^\uFEFF/, ''));

const extensionOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

/** Extensions that claim a type; the content must agree (text flavours are told apart by extension). */
const CLAIMED_TYPES: Record<string, MediaType> = {
  pdf: MEDIA_TYPES.pdf,
  docx: MEDIA_TYPES.docx,
  txt: MEDIA_TYPES.text,
  text: MEDIA_TYPES.text,
  md: MEDIA_TYPES.markdown,
  markdown: MEDIA_TYPES.markdown,
  html: MEDIA_TYPES.html,
  htm: MEDIA_TYPES.html,
  xhtml: MEDIA_TYPES.html,
};

/** Scripts and programs are refused even when they are text: nobody files a report as a .bat. */
const EXECUTABLE_EXTENSIONS = new Set([
  'exe',
  'dll',
  'com',
  'bat',
  'cmd',
  'scr',
  'ps1',
  'sh',
  'js',
  'mjs',
  'vbs',
  'msi',
  'jar',
  'apk',
]);

/**
 * The media type of a file, decided by its content. The extension only chooses between text flavours
 * (a `.md` with inline HTML stays Markdown). A name claiming one document type over content of another
 * (a `.pdf` that is a ZIP) is refused: such a file is damaged or meant to slip past a reviewer.
 */
export function detectMediaType(bytes: Uint8Array, fileName: string): MediaType {
  const ext = extensionOf(fileName);
  const kind = sniff(bytes);
  const unsupported = (what: string) =>
    new AppError('unsupported_file_type', `${fileName}: ${what} is not a supported document type`, 'file');
  const mislabelled = (what: string) =>
    new AppError(
      'unsupported_file_type',
      `${fileName}: the name says .${ext} but the content is ${what}; mislabelled files are refused`,
      'file',
    );
  const claimed = CLAIMED_TYPES[ext];

  if (kind.startsWith('other:') || kind === 'zip') {
    const what = kind === 'zip' ? 'a ZIP archive without a Word document' : `a ${kind.slice(6)}`;
    // A damaged PDF or DOCX usually starts with garbage rather than another format's signature.
    if (
      (kind === 'other:binary data' && (ext === 'pdf' || ext === 'docx')) ||
      (kind === 'other:damaged ZIP archive' && ext === 'docx')
    )
      throw new AppError('file_corrupt', `${fileName}: the file is damaged or not really a .${ext}`, 'file');
    throw claimed ? mislabelled(what) : unsupported(what);
  }
  if (kind === 'pdf' || kind === 'docx') {
    const type = kind === 'pdf' ? MEDIA_TYPES.pdf : MEDIA_TYPES.docx;
    // Generic names (.bin, .dat, none) are fine; a name claiming another document type is not.
    if (claimed && claimed !== type) throw mislabelled(kind === 'pdf' ? 'a PDF' : 'a DOCX');
    return type;
  }
  // Plain text of some flavour.
  if (ext === 'pdf' || ext === 'docx')
    throw new AppError(
      'file_corrupt',
      `${fileName}: the name says .${ext} but the content is plain text`,
      'file',
    );
  if (EXECUTABLE_EXTENSIONS.has(ext)) throw unsupported(`a .${ext} file`);
  if (claimed) return claimed;
  const head = decodeText(bytes.subarray(0, 4096)).text;
  return looksLikeHtml(head) ? MEDIA_TYPES.html : MEDIA_TYPES.text;
}
