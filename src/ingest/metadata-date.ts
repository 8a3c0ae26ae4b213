/** Normalisation of dates found in file metadata to YYYY-MM-DD. */

const isRealDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const format = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * YYYY-MM-DD from a PDF date (`D:20240315103000+03'00'`), an ISO-8601 date/time or `2024/03/15`; null when the value is
 * missing, partial (no day) or not a real calendar date. The calendar date is taken as written, without
 * converting time zones, because that is the date the author's software recorded.
 */
export function normaliseMetadataDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const pdf = /^D:(\d{4})(\d{2})(\d{2})/.exec(v);
  const iso = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:$|[T\s])/.exec(v);
  const match = pdf ?? iso;
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Office and PDF tools write 1601 or 1899 epochs for "unknown"; nothing we ingest predates 1900.
  if (y < 1900 || !isRealDate(y, m, d)) return null;
  return format(y, m, d);
}
