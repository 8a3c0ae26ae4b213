/**
 * Runs a test suite on every database Dalil supports: embedded PGlite always, and the PostgreSQL server named
 * by DATABASE_URL when it is set (as CI does). Each suite gets its own fresh, migrated database.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Db, openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';

export interface TestDatabase {
  kind: 'pglite' | 'postgres';
  db: Db;
  url: string;
}

export const serverUrl = process.env.DATABASE_URL;

export const databaseKinds: TestDatabase['kind'][] = serverUrl ? ['pglite', 'postgres'] : ['pglite'];

let template: Promise<Blob> | undefined;

/**
 * A migrated, empty PGlite data folder, made once per test process: starting from its dump is several
 * times faster than initialising PostgreSQL and migrating for every suite. Migrations still run on top,
 * so a new migration is always applied.
 */
function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const { db, close, dump } = await openDatabase({ url: 'memory://' });
    await migrateToLatest(db);
    const blob = await dump!();
    await close();
    return blob;
  })();
  return template;
}

/** Creates an empty database (a throwaway one on the server, or an in-memory PGlite) and migrates it. */
export async function createTestDatabase(
  kind: TestDatabase['kind'],
): Promise<TestDatabase & { dispose: () => Promise<void> }> {
  if (kind === 'pglite') {
    const { db, close } = await openDatabase({ url: 'memory://', template: await migratedTemplate() });
    await migrateToLatest(db);
    return { kind, db, url: 'memory://', dispose: close };
  }
  if (!serverUrl) throw new Error('DATABASE_URL is not set');
  const name = `dalil_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const { db, close } = await openDatabase({ url: url.toString() });
  await migrateToLatest(db);
  return {
    kind,
    db,
    url: url.toString(),
    dispose: async () => {
      await close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** `describe` once per database kind; `use()` returns the suite's database inside tests and hooks. */
export function describeEachDatabase(title: string, body: (use: () => TestDatabase) => void): void {
  for (const kind of databaseKinds) {
    describe(`${title} [${kind}]`, () => {
      let current: (TestDatabase & { dispose: () => Promise<void> }) | undefined;
      beforeAll(async () => {
        current = await createTestDatabase(kind);
      });
      afterAll(async () => {
        await current?.dispose();
      });
      body(() => {
        if (!current) throw new Error('test database not ready');
        return current;
      });
    });
  }
}
