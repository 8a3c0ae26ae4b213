/**
 * The largest request bodies the HTTP API accepts, by kind of route, in bytes. A larger body is refused
 * before it is read in full, with 413 and the code `payload_too_large`. Documented in the README.
 */
const MB = 1024 * 1024;

export const BODY_LIMITS = {
  /** Every JSON route (records, edits, reviews): far above any real form, far below what hurts the server. */
  json: 10 * MB,
  /** A document to ingest or extract from: the parser's own limit (src/ingest/types.ts DEFAULT_MAX_BYTES). */
  document: 50 * MB,
  /** An evidence file (photos, short videos, audio), kept as it is and never parsed. */
  evidence: 100 * MB,
  /** A lossless JSON export being imported: the whole record at once. */
  import: 200 * MB,
} as const;

/** "50 MB", for messages. */
export const formatLimit = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;
