/**
 * Security headers on every response: the API's JSON (never cached: it holds confidential records), its
 * errors, the documentation page, the web application and the plain home page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_CSP } from '../http/hardening.js';
import type { DalilServer } from '../http/server.js';
import { describeEachDatabase } from '../test/databases.js';
import { attackServer } from './attack-kit.js';

type Response = Awaited<ReturnType<DalilServer['inject']>>;

function expectBaseline(response: Response, where: string) {
  expect(response.headers['x-content-type-options'], where).toBe('nosniff');
  expect(response.headers['x-frame-options'], where).toBe('DENY');
  expect(response.headers['referrer-policy'], where).toBe('no-referrer');
  expect(response.headers['content-security-policy'], where).toBeTruthy();
}

describeEachDatabase('attack surface: security headers', (use) => {
  const webRoot = mkdtempSync(path.join(os.tmpdir(), 'dalil-web-'));
  let api: DalilServer;
  let web: DalilServer;

  beforeAll(async () => {
    mkdirSync(path.join(webRoot, 'assets'));
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(path.join(webRoot, 'assets', 'app-abc123.js'), 'console.log(1)');
    api = await attackServer(use().db);
    web = await attackServer(use().db, { webRoot });
    await api.inject({ method: 'POST', url: '/api/cases', payload: { slug: 'headers', title: 'Headers' } });
  });
  afterAll(async () => {
    await api.close();
    await web.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('sends JSON as JSON, never cached, never framed, never sniffed, answers and errors alike', async () => {
    const requests: [string, string, unknown?][] = [
      ['GET', '/api/cases'],
      ['GET', '/api/cases/headers'],
      ['GET', '/api/incidents'],
      ['GET', '/api/export'],
      ['GET', '/api/cases/no-such-case'],
      ['GET', '/api/no-such-route'],
      ['POST', '/api/incidents', { title: '' }],
      ['GET', '/api/health'],
    ];
    for (const [method, url, payload] of requests) {
      const response = await api.inject({ method: method as 'GET', url, ...(payload ? { payload } : {}) });
      const where = `${method} ${url} → ${response.statusCode}`;
      expectBaseline(response, where);
      expect(response.headers['content-type'], where).toMatch(/^application\/json; charset=utf-8/);
      expect(response.headers['cache-control'], where).toBe('no-store');
      expect(response.headers['content-security-policy'], where).toBe(DEFAULT_CSP);
    }
  });

  it('gives the documentation page its own script policy, and the home page a strict one', async () => {
    const docs = await api.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/^text\/html/);
    expectBaseline(docs, 'docs');
    const csp = String(docs.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(csp).not.toContain("'unsafe-eval'");
    const spec = await api.inject({ method: 'GET', url: '/api/docs/json' });
    expectBaseline(spec, 'docs json');
    expect(spec.headers['cache-control']).toBe('no-store');
    const home = await api.inject({ method: 'GET', url: '/' });
    expectBaseline(home, 'home');
    expect(home.headers['content-security-policy']).toContain("default-src 'none'");
    // The home page lists cases and incidents: it is data, not a static page.
    expect(home.headers['cache-control']).toBe('no-store');
  });

  it('serves the web application with its strict policy; only hashed assets are cached', async () => {
    for (const url of ['/', '/incidents/some-id', '/assets/app-abc123.js']) {
      const response = await web.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expectBaseline(response, url);
      const csp = String(response.headers['content-security-policy']);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers['cache-control'], url).toBe(
        url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
    const api404 = await web.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(api404.headers['content-type']).toMatch(/^application\/json/);
    expect(api404.headers['cache-control']).toBe('no-store');
  });
});
