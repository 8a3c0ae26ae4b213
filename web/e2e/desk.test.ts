/**
 * The researcher's desk beyond the basics: facets and server-side sort on the incident list, full-text
 * search, the dashboard computed by the server, the accountability board (late allegations first), the
 * settings page, and an upload that shows its progress.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticRecord } from '../../bench/lib/synthetic-record.js';
import { type Harness, screenshotDir, startHarness } from './harness.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('the researcher desk end to end (Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  const shot = (name: string) =>
    h.page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  const api = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${h.origin}${url}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.status, `${method} ${url}: ${await response.clone().text()}`).toBeLessThan(300);
    return (await response.json()) as T;
  };

  it('narrows the list with facets whose counts follow the other filters, kept in the URL', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/incidents`);
    await page.getByText('Incidents 1–8 of 8').waitFor();
    const facets = page.getByRole('complementary', { name: 'Narrow the list' });
    const victim = facets.getByRole('region', { name: 'Victim' });
    const journalist = victim.getByRole('link', { name: /journalist/ });
    const journalistCount = Number((await journalist.locator('.count').textContent()) ?? '0');
    expect(journalistCount).toBeGreaterThanOrEqual(3);
    await shot('incidents-facets');
    await journalist.click();
    await page.getByText(`Incidents 1–${journalistCount} of ${journalistCount}`).waitFor();
    expect(page.url()).toContain('victimRole=journalist');
    // The method facet now counts only incidents with a journalist victim: no water cannon among them.
    await expect(facets.getByRole('region', { name: 'Method' }).textContent()).resolves.not.toContain(
      'water cannon',
    );
    // The chosen value is marked and lifts the filter when chosen again.
    await victim.locator('a[aria-current="true"]').click();
    await page.getByText('Incidents 1–8 of 8').waitFor();
    expect(page.url()).not.toContain('victimRole');
    // Perpetrator kind, read through the acts' actors.
    await facets
      .getByRole('region', { name: 'Perpetrator' })
      .getByRole('link', { name: /police/i })
      .click();
    await expect(page.locator('table.incidents tbody').textContent()).resolves.toContain('rubber bullet');
    await expect(page.locator('table.incidents tbody').textContent()).resolves.not.toContain('Kloop');
  });

  it('sorts on the server by any column, kept in the URL', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/incidents`);
    await page.getByText('Incidents 1–8 of 8').waitFor();
    await page.getByRole('button', { name: /^Incident/ }).click();
    await page.waitForURL(/sort=title&order=asc/);
    const titles = await page.locator('table.incidents tbody td:nth-child(2)').allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    await page.getByRole('button', { name: /^Incident/ }).click();
    await page.waitForURL(/order=desc/);
    await expect(page.locator('table.incidents tbody td:nth-child(2)').first().textContent()).resolves.toBe(
      titles.at(-1),
    );
    await expect(page.locator('th[aria-sort="descending"]').textContent()).resolves.toContain('Incident');
  });

  it('searches the full text in English and Russian', async () => {
    const { page } = h;
    // "grenade" finds "stun grenades" (English stemming), as a word and not as a substring of the URL.
    await page.goto(`${h.origin}/incidents?text=grenade`);
    await page.getByText('Incidents 1–1 of 1').waitFor();
    await expect(page.locator('table.incidents tbody').textContent()).resolves.toContain('stun grenades');
    await page.goto(`${h.origin}/incidents?text=${encodeURIComponent('Кожомуратов')}`);
    await page.getByText('Incidents 1–1 of 1').waitFor();
    await expect(page.locator('table.incidents tbody').textContent()).resolves.toContain('rubber bullet');
  });

  it('draws the dashboard from the numbers the server computes, with who reported each key figure', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/`);
    const killed = page.getByRole('region', { name: 'Killed' });
    await expect(killed.textContent()).resolves.toMatch(/1[\s\S]*Amnesty International/);
    await expect(page.getByRole('region', { name: 'Attacks on journalists' }).textContent()).resolves.toMatch(
      /6[\s\S]*Committee to Protect Journalists[\s\S]*incidents in the record/,
    );
    await expect(
      page.getByRole('region', { name: 'Allegations investigated' }).textContent(),
    ).resolves.toMatch(/0[\s\S]*of 0 allegations/);
    await page.getByRole('heading', { name: 'Incidents by perpetrator' }).waitFor();
    await page.locator('.plot svg').nth(3).waitFor();
    await page.locator('.timeline a.mark').first().waitFor();
  });

  it('shows the accountability board with late allegations first, linked to their incidents', async () => {
    const { page } = h;
    const caseId = h.seeded.caseId;
    await api('POST', `/api/cases/${caseId}/allegations/propose`, {});
    const list = await api<{ id: string; title: string }[]>('GET', `/api/cases/${caseId}/allegations`);
    expect(list.length).toBeGreaterThanOrEqual(2);
    // One allegation submitted 60 days ago and never investigated: late under the default policy.
    const late = list[1]!;
    await api('POST', `/api/allegations/${late.id}/steps`, { kind: 'submitted', date: daysAgo(60) });
    await page.goto(`${h.origin}/`);
    await page.getByRole('link', { name: 'Accountability', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Accountability board' }).waitFor();
    const overdue = page.getByRole('region', { name: /^Late/ });
    await expect(overdue.textContent()).resolves.toContain(late.title);
    const submitted = page.getByRole('listitem', { name: 'submitted' });
    await expect(submitted.locator('.board-card').first().textContent()).resolves.toContain(late.title);
    await expect(submitted.locator('.board-card.late').count()).resolves.toBe(1);
    const documented = page.getByRole('listitem', { name: 'documented' });
    expect(await documented.locator('.board-card').count()).toBe(list.length - 1);
    await shot('accountability');
    await submitted.locator('.board-card').first().getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(page.url()).toMatch(/\/incidents\/[0-9a-f-]{36}$/);
  });

  it('changes the language and the case policy on the settings page', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const firstWait = page.locator('form.policy input[type="number"]').first();
    await firstWait.fill('45');
    await page.getByRole('button', { name: 'Save the policy' }).click();
    await page.getByText('Saved.').waitFor();
    await expect(page.locator('form.policy input[type="number"]').first().inputValue()).resolves.toBe('45');
    const policy = await api<{ isDefault: boolean; policy: { rules: { waitDays: number }[] } }>(
      'GET',
      `/api/cases/${h.seeded.caseId}/allegation-policy`,
    );
    expect(policy.isDefault).toBe(false);
    expect(policy.policy.rules[0]?.waitDays).toBe(45);
    await shot('settings');
    await page.getByRole('radio', { name: 'Русский' }).check();
    await page.getByRole('heading', { level: 1, name: 'Настройки' }).waitFor();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  });

  it('shows the progress of an upload, then a working state while the server reads it', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/review`);
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    // A long report, sent over a slow link so the progress can be seen.
    const paragraph =
      'On 5 October 2020 police officers in Bishkek dispersed a peaceful crowd of protesters with tear gas. ';
    const body = Buffer.from(paragraph.repeat(4000));
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 10_000_000,
      uploadThroughput: 150_000,
    });
    await page
      .getByLabel(/^File/)
      .setInputFiles({ name: 'long-report.txt', mimeType: 'text/plain', buffer: body });
    await page.getByRole('button', { name: 'Upload and read' }).click();
    const bar = page.locator('.upload-progress progress[value]');
    await bar.waitFor();
    await expect(page.locator('.upload-progress').textContent()).resolves.toMatch(
      /Sending long-report\.txt: \d+%/,
    );
    await shot('upload-progress');
    await page
      .getByText(/is on the server; reading it|^Proposed \d+ incidents/)
      .first()
      .waitFor({ timeout: 60_000 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.getByText(/^Proposed \d+ incidents/).waitFor({ timeout: 120_000 });
    await cdp.detach();
  });

  it('imports an export from the settings page, showing the upload and then the work on the server', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/settings`);
    await page.getByRole('heading', { level: 2, name: 'The record' }).waitFor();
    const record = Buffer.from(JSON.stringify(syntheticRecord(1500)));
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 10_000_000,
      uploadThroughput: 400_000,
    });
    await page.getByLabel('Export file (JSON)').setInputFiles({
      name: 'export.json',
      mimeType: 'application/json',
      buffer: record,
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.locator('form.import progress[value]').waitFor();
    await expect(page.locator('form.import .upload-progress').textContent()).resolves.toMatch(
      /Sending export\.json: \d+%/,
    );
    await page
      .getByText(/export\.json is on the server; checking and writing|^Imported/)
      .first()
      .waitFor({ timeout: 60_000 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.getByText(/^Imported [\d,]+ rows, 1,500 of them incidents\./).waitFor({ timeout: 120_000 });
    await page.locator('form.import').screenshot({ path: path.join(screenshotDir, 'settings-import.png') });
    await cdp.detach();
  });

  it('made no request to any other host and logged no console error', () => {
    expect(h.foreignRequests).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
