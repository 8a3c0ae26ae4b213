/**
 * Which database Dalil uses: DATABASE_URL (a PostgreSQL server) when set; otherwise PGlite in the data folder
 * given by --data, else DALIL_DATA, else ./data.
 */
import path from 'node:path';
import { type Db, openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { type FileStore, folderFileStore } from '../files/file-store.js';

export interface TargetOptions {
  data?: string;
}

export function resolveTarget(
  options: TargetOptions,
  env: NodeJS.ProcessEnv = process.env,
): { url: string; label: string; filesDir: string } {
  const folder = path.resolve(options.data ?? env.DALIL_DATA ?? 'data');
  // Originals are kept beside the database: in the data folder, or DALIL_FILES for a server database.
  const filesDir = path.resolve(env.DALIL_FILES ?? path.join(folder, 'files'));
  if (env.DATABASE_URL) {
    const shown = new URL(env.DATABASE_URL);
    if (shown.password) shown.password = '***';
    return { url: env.DATABASE_URL, label: `PostgreSQL ${shown.host}${shown.pathname}`, filesDir };
  }
  return { url: path.join(folder, 'db'), label: `PGlite in ${folder}`, filesDir };
}

/** Opens the database and brings its schema up to date (migrations run at every start). */
export async function openApp(
  options: TargetOptions,
): Promise<{ db: Db; close: () => Promise<void>; label: string; applied: string[]; files: FileStore }> {
  const target = resolveTarget(options);
  const { db, close } = await openDatabase({ url: target.url });
  try {
    const applied = await migrateToLatest(db);
    return { db, close, label: target.label, applied, files: folderFileStore(target.filesDir) };
  } catch (error) {
    await close();
    throw error;
  }
}
