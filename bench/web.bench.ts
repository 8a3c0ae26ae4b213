/**
 * The web app on a large case: 100,000 synthetic incidents (BENCH_INCIDENTS) imported into PGlite, the real
 * server, and Debian's Chromium. Measures the time from navigation to the first useful render of the
 * dashboard (key figures and timeline drawn) and of the incident list (first page of rows), median of three
 * warm loads, and the JavaScript the first page ships, gzipped. Aims: under 1 s and under 300 KB.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildServer } from '../src/http/server.js';
import { createTestDatabase } from '../src/test/databases.js';
import { importRecord } from '../src/transfer/import.js';
import { chromiumPath, ensureWebBuild, webRoot } from '../web/e2e/harness.js';
import { syntheticRecord } from './lib/synthetic-record.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export default async function webBench(): Promise<void> {
  ensureWebBuild();
  process.env.DALIL_WEB_ROOT = webRoot;
  const incidents = Number(process.env.BENCH_INCIDENTS ?? 100_000);
  const database = await createTestDatabase('pglite');
  const started = process.hrtime.bigint();
  const record = syntheticRecord(incidents);
  const caseId = (record.tables.cases[0] as { id: string }).id;
  await importRecord({ db: database.db, actor: 'bench' }, record);
  console.log(
    `imported ${incidents} incidents in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`,
  );
  const server = await buildServer({ db: database.db, allowLocal: true });
  const origin = new URL(await server.listen({ port: 0, host: '127.0.0.1' })).origin;
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
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('pageerror', (error) => console.log(`page error: ${String(error)}`));
    page.on('response', (response) => {
      if (response.status() >= 400) console.log(`HTTP ${response.status()} ${response.url()}`);
    });
    // The page notes when each awaited element first appears, by its own clock (from navigation start).
    // Timing from here instead would also count the server's busy spells: the embedded database runs on
    // this process's thread, so while it answers a later request (facet counts, the case's numbers) this
    // process cannot even see that the page has already drawn.
    const watched = [
      '.timeline a.mark',
      '.key-figures .figure-card',
      'table.incidents tbody tr',
      '.facets .facet',
    ];
    // As text: a function would be compiled by tsx with helpers the page does not have.
    await page.addInitScript({
      content: `(() => {
        const selectors = ${JSON.stringify(watched)};
        const seen = (window.__seen = {});
        const check = () => {
          for (const s of selectors) if (!(s in seen) && document.querySelector(s)) seen[s] = performance.now();
        };
        new MutationObserver(check).observe(document, { childList: true, subtree: true });
      })();`,
    });
    const time = async (url: string, ready: string) => {
      const runs: number[] = [];
      for (let i = 0; i < 4; i++) {
        // Let the previous load's background requests finish: a reader opens the page once, not in a loop.
        await page.goto('about:blank');
        await new Promise((resolve) => setTimeout(resolve, 2000));
        const t0 = Date.now();
        await page.goto(url);
        await page
          .locator(ready)
          .first()
          .waitFor({ timeout: 20_000 })
          .catch(async (error: unknown) => {
            await page.screenshot({ path: 'screenshots/bench-failure.png' });
            throw error;
          });
        const drawnAt = await page.evaluate(
          (selector) => (window as unknown as { __seen: Record<string, number> }).__seen[selector],
          ready,
        );
        // The first load warms the server's caches.
        if (i > 0) runs.push(Math.round(drawnAt ?? Date.now() - t0));
        // Requests the page makes after it is drawn (facet counts, the fuller sample) finish before the
        // next load: the embedded database answers one query at a time.
        await page.waitForLoadState('networkidle').catch(() => undefined);
      }
      return median(runs);
    };
    const dashboard = await time(`${origin}/`, '.timeline a.mark');
    const dashboardFigures = await time(`${origin}/`, '.key-figures .figure-card');
    // Where the dashboard's time goes: each API call's duration as the browser saw it.
    const calls = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/api/'))
        .map((e) => `${new URL(e.name).pathname} ${Math.round(e.duration)} ms`),
    );
    console.log(`dashboard API calls: ${calls.join('; ')}`);
    const list = await time(`${origin}/incidents`, 'table.incidents tbody tr');
    const filtered = await time(
      `${origin}/incidents?type=attack_on_journalist&page=5`,
      'table.incidents tbody tr',
    );
    const searched = await time(
      `${origin}/incidents?text=${encodeURIComponent('police crowd')}`,
      'table.incidents tbody tr',
    );
    const faceted = await time(`${origin}/incidents?method=tear_gas&sort=title&order=asc`, '.facets .facet');
    console.log(
      `dashboard first render (timeline, map, charts): ${dashboard} ms; with key figures: ${dashboardFigures} ms`,
    );
    console.log(`incident list first page: ${list} ms; filtered by type, page 5: ${filtered} ms`);
    console.log(
      `incident list, full-text search: ${searched} ms; by method, sorted by title, with facet counts: ${faceted} ms`,
    );

    // JavaScript for the first page: what a fresh browser downloads to show the dashboard.
    const fresh = await browser.newPage();
    fresh.on('pageerror', (error) => console.log(`page error: ${String(error)}`));
    fresh.on('console', (message) => {
      if (message.type() === 'error') console.log(`console error: ${message.text()}`);
    });
    const scripts = new Map<string, Buffer>();
    fresh.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        void response.body().then((body) => scripts.set(response.url(), body));
    });
    await fresh.goto(`${origin}/`);
    await fresh.locator('.plot svg, .plot + .state-error, .state-error').first().waitFor({ timeout: 60_000 });
    await fresh.waitForLoadState('networkidle');
    await fresh.screenshot({ path: 'screenshots/bench-dashboard.png', fullPage: true });
    const gz = [...scripts.values()].reduce((n, body) => n + gzipSync(body, { level: 9 }).length, 0);
    const raw = [...scripts.values()].reduce((n, body) => n + body.length, 0);
    console.log(
      `JavaScript for the dashboard: ${scripts.size} files, ${(raw / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzipped (aim < 300 KB)`,
    );
    // The case-wide summaries load on request or when scrolled into view; time them last, on their own,
    // because a slow one keeps the embedded database busy for whatever comes after.
    for (const path of [
      `/api/cases/${caseId}/stats`,
      `/api/incidents/facets?caseId=${caseId}`,
      `/api/cases/${caseId}/assessment-summary`,
      `/api/cases/${caseId}/figure-groups`,
    ]) {
      const t0 = Date.now();
      const status = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(120_000) }).then(
        (r) => r.status,
        () => 'timeout',
      );
      console.log(`${path.replace(caseId, ':id')}: HTTP ${status} in ${Date.now() - t0} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
    await database.dispose();
  }
}
