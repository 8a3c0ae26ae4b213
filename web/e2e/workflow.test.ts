/**
 * The documenter's workflow through the page: upload a statement into a fresh case, accept what extraction
 * proposed, open an incident and move its allegation a step. Only the case itself is made through the API.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFolder } from '../../src/demo/statement-file.js';
import { type Harness, screenshotDir, startHarness } from './harness.js';

const statementFile = path.join(corpusFolder(), 'amnesty-kyrgyzstan-2020-10.txt');

describe.skipIf(!existsSync(statementFile))('documenting workflow end to end (Chromium)', () => {
  let h: Harness;
  let kase: { id: string; slug: string };
  beforeAll(async () => {
    h = await startHarness();
    const response = await fetch(`${h.origin}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ slug: 'workflow-e2e', title: 'Workflow check' }),
    });
    expect(response.status).toBe(201);
    kase = (await response.json()) as { id: string; slug: string };
  });
  afterAll(async () => {
    await h?.close();
  });
  const shot = (name: string) =>
    h.page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

  it('uploads the statement in the page and says what was proposed', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/review?case=${kase.slug}`);
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    await expect(page.getByLabel('Case').inputValue()).resolves.toBe(kase.slug);
    await page.getByLabel(/^File/).setInputFiles({
      name: 'amnesty-kyrgyzstan-2020-10.txt',
      mimeType: 'text/plain',
      buffer: readFileSync(statementFile),
    });
    await page.getByRole('button', { name: 'Upload and read' }).click();
    const result = page.getByText(/^Proposed \d+ incidents/);
    await result.waitFor({ timeout: 60_000 });
    const incidents = Number(/Proposed (\d+) incidents/.exec((await result.textContent()) ?? '')?.[1]);
    expect(incidents).toBeGreaterThanOrEqual(8);
    // The queue below now holds the proposals, each incident with its quote.
    await page.locator('.proposal blockquote').first().waitFor();
    expect(await page.locator('.proposal').count()).toBeGreaterThanOrEqual(incidents);
    await shot('workflow-uploaded');
    await page
      .locator('form.upload')
      .screenshot({ path: path.join(screenshotDir, 'workflow-upload-form.png') });
    // The same file again is recognised.
    await page.getByRole('button', { name: 'Upload and read' }).click();
    await page.getByText('This file was already ingested').waitFor({ timeout: 60_000 });
  });

  it('accepts every proposal and lists the incidents', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Accept all incidents and figures' }).click();
    await page.getByText(/\d+ accepted, \d+ merged/).waitFor({ timeout: 60_000 });
    // Actors follow from the incidents, so only actor proposals may still be pending.
    await page.waitForFunction(
      () =>
        document.querySelector('.state-loading') === null &&
        [...document.querySelectorAll('.proposal .badge')].every((b) => b.textContent === 'actor'),
    );
    await shot('workflow-accepted');
    await page.getByRole('link', { name: "See the case's incidents" }).click();
    const range = page.getByText(/^Incidents 1–\d+ of \d+$/);
    await range.waitFor();
    const total = Number(/of (\d+)/.exec((await range.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(8);
    expect(await page.locator('table.incidents tbody tr').count()).toBe(Math.min(total, 50));
    await shot('workflow-incidents');
  });

  it('opens the rubber-bullet incident and moves its allegation to "submitted"', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/incidents?caseId=${kase.id}&text=Kozhomuratov`);
    await page.getByText(/^Incidents 1–\d+ of \d+$/).waitFor();
    await page.locator('table.incidents tbody tr a').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const quotes = await page.locator('.citation blockquote').allTextContents();
    expect(quotes.some((q) => q.includes('rubber bullet'))).toBe(true);
    const panel = page.getByRole('region', { name: 'Allegations and follow-up' });
    await panel.getByRole('button', { name: "Propose allegations from the case's acts" }).click();
    const form = panel.getByRole('form', { name: 'Record a step' }).first();
    await form.waitFor({ timeout: 30_000 });
    await expect(panel.locator('.allegations .badge').first().textContent()).resolves.toBe('documented');
    await form.getByLabel('Next step').selectOption('submitted');
    const today = new Date().toISOString().slice(0, 10);
    await expect(form.getByLabel('Date').inputValue()).resolves.toBe(today);
    await form.getByLabel('Note (optional)').fill('Sent to the prosecutor by the e2e test');
    await form.getByRole('button', { name: 'Record the step' }).click();
    await panel.getByText('submitted to authority').first().waitFor();
    await shot('workflow-allegation');
    await panel.screenshot({ path: path.join(screenshotDir, 'workflow-allegation-panel.png') });
  });

  it('shows the server refusing a step out of order', async () => {
    const { page } = h;
    const panel = page.getByRole('region', { name: 'Allegations and follow-up' });
    const form = panel.getByRole('form', { name: 'Record a step' }).first();
    await form.getByLabel('Next step').selectOption('charged');
    await form.getByRole('button', { name: 'Record the step' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toMatch(/\w/);
  });

  it('made no request to any other host and logged no console error', () => {
    expect(h.foreignRequests).toEqual([]);
    // The refused step above answers 4xx, which Chromium logs as a failed resource load; nothing else.
    expect(h.consoleErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
