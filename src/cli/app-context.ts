import os from 'node:os';
import type { Command } from 'commander';
import { openApp } from '../app/database-target.js';
import type { FileStore } from '../files/file-store.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError } from '../shared/errors.js';

export interface GlobalOptions {
  data?: string;
  json?: boolean;
}

/** The options of the whole program (`--data`, `--json`), wherever they were written on the line. */
export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

/** Opens the database for one command, runs it as the current OS user, and always closes. */
export async function withContext<T>(
  command: Command,
  work: (ctx: ServiceContext & { files: FileStore }, opts: GlobalOptions) => Promise<T>,
): Promise<T> {
  const opts = globalOptions(command);
  const app = await openApp(opts);
  try {
    return await work({ db: app.db, actor: `cli:${os.userInfo().username}`, files: app.files }, opts);
  } finally {
    await app.close();
  }
}

/** Reads a whole-number option, naming the flag when it is not one. */
export function intOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value))
    throw new AppError('validation_failed', `${flag}: "${value}" is not a whole number`, flag);
  return Number(value);
}

export function numberOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    throw new AppError('validation_failed', `${flag}: "${value}" is not a number`, flag);
  return n;
}

/** Drops keys whose value is undefined, so an edit only sends the fields the user gave. */
export function given<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
