/**
 * Which database Dalil uses: DATABASE_URL (a PostgreSQL server) when set; otherwise PGlite in the data folder
 * given by --data, else DALIL_DATA, else ./data.
 */
import path from 'node:path';
import { type Db, openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';

export interface TargetOptions {
  data?: string;
}

export function resolveTarget(
  options: TargetOptions,
  env: NodeJS.ProcessEnv = process.env,
): { url: string; label: string } {
  if (env.DATABASE_URL) {
    const shown = new URL(env.DATABASE_URL);
    if (shown.password) shown.password = '***';
    return { url: env.DATABASE_URL, label: `PostgreSQL ${shown.host}${shown.pathname}` };
  }
  const folder = path.resolve(options.data ?? env.DALIL_DATA ?? 'data');
  return { url: folder, label: `PGlite in ${folder}` };
}

/** Opens the database and brings its schema up to date (migrations run at every start). */
export async function openApp(
  options: TargetOptions,
): Promise<{ db: Db; close: () => Promise<void>; label: string; applied: string[] }> {
  const target = resolveTarget(options);
  const { db, close } = await openDatabase({ url: target.url });
  try {
    const applied = await migrateToLatest(db);
    return { db, close, label: target.label, applied };
  } catch (error) {
    await close();
    throw error;
  }
}
