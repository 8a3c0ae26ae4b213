/**
 * What the attack tests share: the hostile strings, a way to tell an answer that neutralised one from one
 * that did not, and a snapshot of every table to prove nothing was dropped or emptied. Test-only.
 */
import { sql } from 'kysely';
import type { LightMyRequestResponse as Response } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../db/connect.js';
import { buildServer, type ServerOptions } from '../http/server.js';

/** SQL-shaped input and the characters that break naive quoting, encodings or display. */
export const SQL_PAYLOADS: Record<string, string> = {
  dropTable: "'; DROP TABLE incidents; --",
  tautology: "' OR '1'='1",
  placeholder: '$1',
  backslash: '\\',
  stackedQuery: '1); DELETE FROM cases; --',
  likeWildcards: '%_%',
  dollarQuote: '$$; DROP TABLE actors; $$',
  nul: 'before\u0000after',
  rtlZeroWidth: '\u202Egnp.exe\u200B\u200D\uFEFF مرحبا',
  veryLong: 'A'.repeat(100_000),
};

/** Markup that would run if any page printed it unescaped. */
export const HTML_PAYLOADS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  attribute: '"><svg onload=alert(1)>',
};

/** URLs a link must never be allowed to carry. */
export const BAD_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];

export interface ErrorJson {
  error: { code: string; message: string; field?: string };
}

/** `names[0].value` and `names.0.value` name the same field. */
export const sameField = (field: string | undefined) => (field ?? '').replace(/\[(\d+)\]/g, '.$1');

/**
 * A hostile value was either kept exactly as sent, or refused with a validation error naming the field;
 * never an internal error. Returns whether it was stored. `stored` reads the value back from the answer.
 */
export function expectStoredOrRefused(
  response: Response,
  label: string,
  field: string,
  sent: string,
  stored: (body: unknown) => unknown,
): boolean {
  const where = `${label} ${field} ← ${JSON.stringify(sent.slice(0, 40))}: ${response.body.slice(0, 300)}`;
  expect(response.statusCode, where).toBeLessThan(500);
  expect(response.headers['content-type'], where).toMatch(/^application\/json/);
  if (response.statusCode < 300) {
    expect(stored(response.json()), where).toBe(sent);
    return true;
  }
  const body = response.json<ErrorJson>();
  expect(body.error.code, where).not.toBe('internal');
  if (body.error.code === 'validation_failed') expect(sameField(body.error.field), where).toBe(field);
  return false;
}

/** Every table of the public schema with its row count. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const tables = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  const counts: Record<string, number> = {};
  for (const { table_name } of tables.rows) {
    const result = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table_name)}`.execute(db);
    counts[table_name] = Number(result.rows[0]?.n);
  }
  return counts;
}

/** The server as a local user runs it (no accounts yet: the loopback user acts as admin), plain home page. */
export const attackServer = (db: Db, options: Partial<ServerOptions> = {}) =>
  buildServer({ db, webRoot: null, allowLocal: true, ...options });

/** Sends bytes as an upload. */
export const octets = (payload: Uint8Array | string) => ({
  headers: { 'content-type': 'application/octet-stream' },
  payload: Buffer.from(payload as Uint8Array),
});
