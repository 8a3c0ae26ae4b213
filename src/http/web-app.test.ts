import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import type { ZodApp } from './route-context.js';
import { registerWebApp, WEB_APP_CSP } from './web-app.js';

const build = mkdtempSync(path.join(os.tmpdir(), 'dalil-web-'));
mkdirSync(path.join(build, 'assets'));
writeFileSync(path.join(build, 'index.html'), '<!doctype html><title>app shell</title>');
writeFileSync(path.join(build, 'assets', 'main-abc123.js'), 'console.log("hi")');
writeFileSync(path.join(build, 'assets', 'main-abc123.js.gz'), gzipSync('console.log("hi")'));
afterAll(() => rmSync(build, { recursive: true, force: true }));

// The home-page fallback reads cases; these tests never reach it with a real database.
const noContext = () => {
  throw new Error('no database in this test');
};

async function app(webRoot: string) {
  const server = Fastify() as unknown as ZodApp;
  server.get('/api/cases', () => []);
  await registerWebApp(server, noContext, { webRoot });
  return server;
}

describe('web app serving', () => {
  it('serves the app shell at / and at any page path, with a strict CSP', async () => {
    const server = await app(build);
    for (const url of ['/', '/incidents/1234', '/audit?limit=5']) {
      const response = await server.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('app shell');
      expect(response.headers['content-security-policy']).toBe(WEB_APP_CSP);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    expect(WEB_APP_CSP).toContain("script-src 'self'");
    expect(WEB_APP_CSP).not.toContain('unsafe-inline');
  });

  it('caches hashed assets for good and keeps API routes and unknown API paths apart', async () => {
    const server = await app(build);
    const asset = await server.inject({ method: 'GET', url: '/assets/main-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const compressed = await server.inject({
      method: 'GET',
      url: '/assets/main-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(compressed.rawPayload).toString()).toBe('console.log("hi")');
    expect((await server.inject({ method: 'GET', url: '/api/cases' })).json()).toEqual([]);
    const missingApi = await server.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(missingApi.statusCode).toBe(404);
    expect(missingApi.json<{ error: { code: string } }>().error.code).toBe('not_found');
    expect((await server.inject({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
  });

  it('falls back to the plain home page when there is no build', async () => {
    const server = await app(path.join(build, 'does-not-exist'));
    const home = await server.inject({ method: 'GET', url: '/incidents' });
    expect(home.statusCode).toBe(404);
    expect(server.hasRoute({ method: 'GET', url: '/' })).toBe(true);
  });
});
