/**
 * Where the seed statement's text lives: the shared corpus beside the checkout (`../shared/corpus`), or the
 * folder named by DALIL_CORPUS. The repository itself carries only our structured record of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  ...(import.meta.url.includes('/dist/') ? ['..'] : []),
);

export function corpusFolder(): string {
  return process.env.DALIL_CORPUS ?? path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
}

export function seedStatementPath(): string {
  return path.join(corpusFolder(), 'amnesty-kyrgyzstan-2020-10.txt');
}

export function readSeedStatement(): string | null {
  const file = seedStatementPath();
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}
