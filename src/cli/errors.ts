/**
 * The CLI's one place for rendering errors: a user error prints its code and message and exits 1; anything
 * unexpected prints a short notice (never a stack trace, unless DALIL_DEBUG is set) and exits 2.
 */
import { CommanderError } from 'commander';
import { ERROR_CODES, isAppError } from '../shared/errors.js';

export function renderCliError(error: unknown): number {
  if (isAppError(error)) {
    process.stderr.write(`error [${error.code}]: ${error.message}\n`);
    return ERROR_CODES[error.code].exit;
  }
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
  if (process.env.DALIL_DEBUG) console.error(error);
  const brief = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(
    `error [internal]: something went wrong inside Dalil (${brief}). Run again with DALIL_DEBUG=1 for details.\n`,
  );
  return 2;
}
