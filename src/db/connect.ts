/**
 * Opens the database: PGlite (PostgreSQL in WebAssembly) in a data folder by default, or any PostgreSQL
 * server when a `postgres://` URL is given. Both are driven through the same Kysely PostgreSQL dialect,
 * and both return dates, timestamps and numbers in the same JavaScript shapes.
 */
import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export interface DbTarget {
  /** `postgres://…` for a server; otherwise a PGlite data folder, or `memory://` for a throwaway database. */
  url: string;
  /** For `memory://`: start from this dump of a PGlite data folder (tests start from a migrated template). */
  template?: Blob;
}

// Postgres type ids whose default JavaScript mapping we override so both drivers agree.
const DATE = 1082;
const TIMESTAMPTZ = 1184;
const TIMESTAMP = 1114;
const INT8 = 20;
const NUMERIC = 1700;

// A calendar date stays a 'YYYY-MM-DD' string: turning it into a Date would shift it by the time zone.
const keepText = (value: string) => value;
const toIsoTimestamp = (value: string) => new Date(value).toISOString();
const toNumber = (value: string) => Number(value);

export function isServerUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export async function openDatabase(
  target: DbTarget,
): Promise<{ db: Db; close: () => Promise<void>; dump?: () => Promise<Blob> }> {
  if (isServerUrl(target.url)) {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 10,
      types: {
        getTypeParser: ((oid: number, format?: string) => {
          if (oid === DATE) return keepText;
          if (oid === TIMESTAMPTZ || oid === TIMESTAMP) return toIsoTimestamp;
          if (oid === INT8 || oid === NUMERIC) return toNumber;
          return pg.types.getTypeParser(oid, format as 'text') as (value: string) => unknown;
        }) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection can be cut by the server (restart, failover, a dropped database); the pool replaces
    // it on next use. Without a listener that event would crash the process.
    pool.on('error', (error) => {
      if (process.env.DALIL_DEBUG) console.error('idle database connection lost:', error.message);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, close: () => db.destroy() };
  }
  const memory = target.url === 'memory://' || target.url === '';
  if (!memory) mkdirSync(target.url, { recursive: true });
  // Pass the folder inside the options: PGlite ignores the options when its first argument is undefined.
  const pglite = new PGlite({
    ...(memory ? {} : { dataDir: target.url }),
    ...(memory && target.template && { loadDataDir: target.template }),
    parsers: {
      [pgliteTypes.DATE]: keepText,
      [pgliteTypes.TIMESTAMPTZ]: toIsoTimestamp,
      [pgliteTypes.TIMESTAMP]: toIsoTimestamp,
      [pgliteTypes.INT8]: toNumber,
      [pgliteTypes.NUMERIC]: toNumber,
    },
  });
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    dump: () => pglite.dumpDataDir('none'),
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
