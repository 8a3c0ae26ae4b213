/** Media types the ingest pipeline accepts, detected from the file's content. */
export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  text: 'text/plain',
  markdown: 'text/markdown',
} as const;

export type MediaType = (typeof MEDIA_TYPES)[keyof typeof MEDIA_TYPES];

export type Language = 'en' | 'ru' | 'und';

/** One page of the extracted text: `text.slice(start, end)` is page `n` (1-based). */
export interface PageSpan {
  n: number;
  start: number;
  end: number;
}

/** The text of a document and what we know about it, ready for extraction. */
export interface ParsedDocument {
  /** Hex SHA-256 of the original bytes; the caller stores the original under this name. */
  sha256: string;
  mediaType: MediaType;
  fileName: string;
  byteLength: number;
  text: string;
  /** Page spans into `text`; PDFs have one per page, other formats a single page covering all the text. */
  pages: PageSpan[];
  language: Language;
  title: string | null;
  /** YYYY-MM-DD taken from the file's metadata only (never from the body text). */
  publishedAt: string | null;
  warnings: string[];
}

export interface ParseOptions {
  /** Refuse larger files with `file_too_large`. Default 50 MB. */
  maxBytes?: number;
  /** Kill the parse after this long with `parse_timeout`. Default 60 s. */
  timeoutMs?: number;
  /** Heap limit of the parsing worker. Default 512 MB. */
  maxMemoryMb?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_MEMORY_MB = 512;

/** What a format parser returns; `parseDocumentInProcess` adds hash, language and page spans. */
export interface ExtractedContent {
  /** The text of each page in order (one entry for formats without pages). */
  pageTexts: string[];
  title: string | null;
  publishedAt: string | null;
  warnings: string[];
}
