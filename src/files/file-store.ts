/**
 * Originals are kept untouched, content-addressed by SHA-256, in a folder (`<data>/files` by default).
 * Paths are built from the hash alone, so no user input ever reaches the file system.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface FileStore {
  /** Stores the bytes under their SHA-256; returns the hash and whether they were already there. */
  put(bytes: Uint8Array): Promise<{ sha256: string; existed: boolean }>;
  get(sha256: string): Promise<Uint8Array>;
}

const HEX64 = /^[0-9a-f]{64}$/;

export function folderFileStore(root: string): FileStore {
  const where = (sha256: string) => {
    if (!HEX64.test(sha256)) throw new Error('not a SHA-256');
    return path.join(root, sha256.slice(0, 2), sha256);
  };
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const file = where(sha256);
      const existed = await stat(file).then(
        () => true,
        () => false,
      );
      if (!existed) {
        await mkdir(path.dirname(file), { recursive: true });
        // Write then rename, so a crash never leaves a half-written original under its final name.
        const partial = `${file}.${process.pid}.partial`;
        await writeFile(partial, bytes, { mode: 0o400 });
        await rename(partial, file);
      }
      return { sha256, existed };
    },
    async get(sha256) {
      return new Uint8Array(await readFile(where(sha256)));
    },
  };
}
