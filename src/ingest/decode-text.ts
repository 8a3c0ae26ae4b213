/** Decoding of text-based files (plain text, Markdown, HTML) into normalised JavaScript strings. */

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
}

const CHARSET_IN_HTML = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/**
 * Decodes bytes as UTF-16 when they start with its byte-order mark, else as UTF-8 (dropping a BOM); when they are not valid UTF-8, as windows-1251, the usual
 * legacy encoding of Russian texts (its Latin half is ASCII, so English text survives too).
 * For HTML an explicit `<meta charset>` of windows-1251 / cp1251 is honoured even for valid UTF-8 input.
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
  if (isHtml) {
    const declared = CHARSET_IN_HTML.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)))?.[1];
    if (declared && /^(windows-1251|cp1251|x-cp1251)$/i.test(declared))
      return {
        text: normaliseNewlines(new TextDecoder('windows-1251').decode(bytes)),
        encoding: 'windows-1251',
      };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text: normaliseNewlines(text), encoding: 'utf-8' };
  } catch {
    return {
      text: normaliseNewlines(new TextDecoder('windows-1251').decode(bytes)),
      encoding: 'windows-1251',
    };
  }
}

/** CRLF and lone CR become LF; a stray BOM and NULs are dropped. */
export const normaliseNewlines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u0000/g, '');
