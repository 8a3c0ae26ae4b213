/** Decoding of text-based files (plain text, Markdown, HTML) into normalised JavaScript strings. */

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used, e.g. 'utf-8', 'windows-1251', 'koi8-r'. */
  encoding: string;
}

const CHARSET_IN_HTML = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/**
 * Decodes bytes as UTF-16 when they start with its byte-order mark, else as UTF-8 (dropping a BOM); when
 * they are not valid UTF-8, as windows-1251, the usual legacy encoding of Russian texts (its Latin half is
 * ASCII, so English text survives too). An HTML page's declared `<meta charset>` (koi8-r, windows-1251...)
 * is honoured when the decoder knows it.
 */
export function decodeText(bytes: Uint8Array, isHtml = false): DecodedText {
  // Windows "Unicode" text (Notepad) is UTF-16 with a byte-order mark; without one we do not guess UTF-16.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) return { text: normaliseNewlines(new TextDecoder(utf16).decode(bytes)), encoding: utf16 };
  const declared = isHtml ? declaredDecoder(bytes) : null;
  if (declared && declared.encoding !== 'utf-8')
    return { text: normaliseNewlines(declared.decode(bytes)), encoding: declared.encoding };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: normaliseNewlines(text), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1251').decode(bytes);
    return { text: normaliseNewlines(text), encoding: 'windows-1251' };
  }
}

/** The decoder for the charset an HTML page declares in its first 2 KB, or null (absent or unknown label). */
function declaredDecoder(bytes: Uint8Array): TextDecoder | null {
  const label = CHARSET_IN_HTML.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)))?.[1];
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null; // an unknown label: fall back to sniffing
  }
}

/** CRLF and lone CR become LF; a stray BOM and NULs are dropped. */
export const normaliseNewlines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u0000/g, '');
