import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds } from '../../test/databases.js';
import { runCli } from '../run-cli.js';

for (const kind of databaseKinds) {
  describe(`dalil user, member and token [${kind}]`, () => {
    let folder = '';
    let env: Record<string, string | undefined> = {};
    let dispose = async () => {};
    const dalil = (args: string[], extra: Record<string, string | undefined> = {}) =>
      runCli(kind === 'pglite' ? ['--data', folder, ...args] : args, { ...env, ...extra });

    beforeAll(async () => {
      folder = mkdtempSync(path.join(os.tmpdir(), 'dalil-accounts-'));
      if (kind === 'postgres') {
        const database = await createTestDatabase('postgres');
        env = { DATABASE_URL: database.url };
        await database.db.destroy();
        dispose = database.dispose;
      } else env = { DATABASE_URL: undefined };
    });
    afterAll(async () => {
      rmSync(folder, { recursive: true, force: true });
      await dispose();
    });

    it('refuses to serve a non-loopback address while no account exists', async () => {
      const result = await dalil(['serve', '--host', '0.0.0.0', '--port', '0']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('dalil user add --admin');
    });

    it('creates the first admin with the password from the environment, never printing it', async () => {
      const weak = await dalil(['user', 'add', '--admin', '--email', 'admin@example.org'], {
        DALIL_PASSWORD: 'short',
      });
      expect(weak.code).toBe(1);
      expect(weak.stderr).toContain('password');
      const added = await dalil(['user', 'add', '--admin', '--email', 'Admin@Example.org'], {
        DALIL_PASSWORD: 'a long admin pass phrase',
      });
      expect(added.code, added.stderr).toBe(0);
      expect(added.stdout).not.toContain('a long admin pass phrase');
      const list = JSON.parse((await dalil(['user', 'list', '--json'])).stdout) as {
        email: string;
        role: string;
      }[];
      expect(list).toEqual([expect.objectContaining({ email: 'admin@example.org', role: 'admin' })]);
    });

    it('adds a member to a case and changes their role', async () => {
      expect((await dalil(['case', 'add', '--slug', 'c1', '--title', 'Case one'])).code).toBe(0);
      await dalil(['user', 'add', '--email', 'r@example.org', '--role', 'viewer'], {
        DALIL_PASSWORD: 'researcher pass phrase',
      });
      expect(
        (await dalil(['member', 'add', '--case', 'c1', '--user', 'r@example.org', '--role', 'researcher']))
          .code,
      ).toBe(0);
      expect(
        (await dalil(['member', 'add', '--case', 'c1', '--user', 'r@example.org', '--role', 'editor'])).code,
      ).toBe(0);
      const members = JSON.parse((await dalil(['member', 'list', '--case', 'c1', '--json'])).stdout) as {
        email: string;
        role: string;
      }[];
      expect(members).toEqual([expect.objectContaining({ email: 'r@example.org', role: 'editor' })]);
      const bad = await dalil([
        'member',
        'add',
        '--case',
        'c1',
        '--user',
        'r@example.org',
        '--role',
        'owner',
      ]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('role');
    });

    it('prints a token once and lists tokens without their secrets', async () => {
      const created = await dalil([
        'token',
        'create',
        '--user',
        'r@example.org',
        '--name',
        'export script',
        '--scopes',
        'read',
      ]);
      expect(created.code, created.stderr).toBe(0);
      const secret = created.stdout.split('\n')[0]!;
      expect(secret).toMatch(/^dlt_[A-Za-z0-9_-]{43}$/);
      const listed = await dalil(['token', 'list', '--user', 'r@example.org', '--json']);
      expect(listed.stdout).toContain('export script');
      expect(listed.stdout).not.toContain(secret);
    });

    it('locks nobody out of the last admin account', async () => {
      const demoted = await dalil(['user', 'set', 'admin@example.org', '--role', 'viewer']);
      expect(demoted.code).toBe(1);
      expect(demoted.stderr).toContain('last active admin');
    });
  });
}
