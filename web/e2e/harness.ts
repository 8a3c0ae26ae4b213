/**
 * End-to-end harness: the real Dalil server in-process (fresh PGlite with the Kyrgyzstan demo case) on a
 * random loopback port, and Debian's Chromium driven by playwright-core. It records console errors, page
 * errors and every request to a host other than the Dalil server, so a test can assert there were none.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { seedKyrgyzstanCase, type SeededCase } from '../../src/demo/seed-kyrgyzstan.js';
import type { Db } from '../../src/db/connect.js';
import { buildServer, type DalilServer } from '../../src/http/server.js';
import { createTestDatabase } from '../../src/test/databases.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const webRoot = path.join(repoRoot, 'dist', 'web');
export const screenshotDir = path.join(repoRoot, 'screenshots');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds the web app with Vite when dist/web is missing (CI builds it in `npm ci` → prepare). */
export function ensureWebBuild(): void {
  if (existsSync(path.join(webRoot, 'index.html'))) return;
  execFileSync(
    process.execPath,
    [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
}

export interface Harness {
  origin: string;
  seeded: SeededCase;
  server: DalilServer;
  /** The server's database, for a test that sets up accounts before the browser signs in. */
  db: Db;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
  /** Records console errors of another page of the same browser context. */
  watch: (page: Page) => void;
  close: () => Promise<void>;
}

/** Starts the seeded server and a browser page watching for errors and foreign requests. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  }
  ensureWebBuild();
  mkdirSync(screenshotDir, { recursive: true });
  process.env.DALIL_WEB_ROOT = webRoot;
  const database = await createTestDatabase('pglite');
  const seeded = await seedKyrgyzstanCase({ db: database.db, actor: 'e2e' }, null);
  const server = await buildServer({ db: database.db, allowLocal: true });
  const address = await server.listen({ port: 0, host: '127.0.0.1' });
  const origin = new URL(address).origin;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const watch = (watched: Page) => {
    watched.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    watched.on('pageerror', (error) => consoleErrors.push(String(error)));
  };
  watch(page);
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) foreignRequests.push(url);
  });
  return {
    origin,
    seeded,
    server,
    db: database.db,
    browser,
    context,
    page,
    consoleErrors,
    foreignRequests,
    watch,
    close: async () => {
      await browser.close();
      await server.close();
      await database.dispose();
    },
  };
}
