/**
 * The document page: the seed statement's text with every proposal highlighted where it came from; j / k
 * walk the proposals, Enter shows one beside the text, a accepts it. Reached from the review queue, and from
 * an incident's citations back to the document.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStatementPath } from '../../src/demo/statement-file.js';
import { type Harness, screenshotDir, startHarness } from './harness.js';

const statementFile = seedStatementPath();

describe.skipIf(!existsSync(statementFile))('document page end to end (Chromium)', () => {
  let h: Harness;
  let documentId: string;
  let proposalCount: number;
  beforeAll(async () => {
    h = await startHarness();
    // The demo case's statement, ingested as a researcher would: its text and what extraction proposed.
    const response = await fetch(
      `${h.origin}/api/cases/${h.seeded.caseId}/documents?fileName=amnesty-kyrgyzstan-2020-10.txt`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: readFileSync(statementFile),
      },
    );
    expect(response.status, await response.clone().text()).toBe(201);
    documentId = ((await response.json()) as { document: { id: string } }).document.id;
    const proposals = (await (
      await fetch(`${h.origin}/api/proposals?documentId=${documentId}`)
    ).json()) as unknown[];
    proposalCount = proposals.length;
    expect(proposalCount).toBeGreaterThanOrEqual(5);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens from the review queue and highlights every proposal in the text', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/review`);
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    await page.locator(`.proposal a[href="/documents/${documentId}"]`).first().click();
    await page.waitForURL(`${h.origin}/documents/${documentId}`);
    const text = page.getByRole('article', { name: 'Text of the document' });
    await text.waitFor();
    await expect(text.textContent()).resolves.toContain('Aibol Kozhomuratov');
    const marks = text.locator('mark.proposal-span');
    await marks.first().waitFor();
    expect(await marks.count()).toBeGreaterThanOrEqual(5);
    // Every proposal is on some highlight.
    const ids = new Set(
      (await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-proposals') ?? ''))).flatMap(
        (v) => v.split(' '),
      ),
    );
    expect(ids.size).toBe(proposalCount);
    await page
      .getByText(`${proposalCount} proposals from this document, ${proposalCount} pending.`)
      .waitFor();
    // The text is text: nothing in it became markup.
    expect(await text.locator('script, a, img').count()).toBe(0);
  });

  it('walks the proposals with j / k, shows one with Enter and accepts it with a', async () => {
    const { page } = h;
    const panel = page.getByRole('complementary', { name: 'Proposal' });
    await expect(panel.textContent()).resolves.toContain('Choose a highlighted passage');
    await page.keyboard.press('j');
    const focused = page.locator('mark.proposal-span:focus');
    await focused.waitFor();
    await expect(focused.getAttribute('aria-current')).resolves.toBe('true');
    await panel.getByText(`Proposal 1 of ${proposalCount}`).waitFor();
    await page.keyboard.press('j');
    await panel.getByText(`Proposal 2 of ${proposalCount}`).waitFor();
    await page.keyboard.press('k');
    await panel.getByText(`Proposal 1 of ${proposalCount}`).waitFor();
    const first = (await focused.getAttribute('data-proposals'))?.split(' ')[0] ?? '';
    expect(first).not.toBe('');
    // Enter on the focused highlight shows its proposal: the card quotes the highlighted sentence.
    await page.keyboard.press('Enter');
    const card = panel.locator('.proposal');
    await expect(card.locator('.status').textContent()).resolves.toBe('Pending');
    const quote = (await card.locator('blockquote').textContent()) ?? '';
    expect(quote.replace(/\s+/g, ' ')).toBe(
      ((await focused.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
    );
    await page.screenshot({ path: path.join(screenshotDir, 'document.png') });
    await page.keyboard.press('a');
    await card.locator('.status:not(.status-pending)').waitFor();
    await expect(card.locator('.status').textContent()).resolves.toMatch(/^(Accepted|Merged)$/);
    // The highlight follows, and the server agrees.
    await page.locator(`mark[data-proposals~="${first}"]:not(.span-pending)`).first().waitFor();
    await page
      .getByText(`${proposalCount} proposals from this document, ${proposalCount - 1} pending.`)
      .waitFor();
    const proposals = (await (await fetch(`${h.origin}/api/proposals?documentId=${documentId}`)).json()) as {
      id: string;
      status: string;
    }[];
    expect(proposals.find((p) => p.id === first)?.status).toMatch(/^(accepted|merged)$/);
    await page.screenshot({ path: path.join(screenshotDir, 'document-accepted.png'), fullPage: true });
    // j to the next proposal, r rejects it with the reason asked for.
    await page.keyboard.press('j');
    await panel.getByText(`Proposal 2 of ${proposalCount}`).waitFor();
    page.once('dialog', (dialog) => void dialog.accept('not a separate finding'));
    await page.keyboard.press('r');
    await card.locator('.status-rejected').waitFor();
    await page
      .getByText(`${proposalCount} proposals from this document, ${proposalCount - 2} pending.`)
      .waitFor();
  });

  it('fits a tablet screen without sideways scrolling', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.locator('mark.proposal-span').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
    await page.screenshot({ path: path.join(screenshotDir, 'document-tablet.png') });
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('shows the proposal of a clicked highlight, and leads from its incident back to the document', async () => {
    const { page } = h;
    const panel = page.getByRole('complementary', { name: 'Proposal' });
    const kozhomuratov = page.locator('mark.proposal-span', { hasText: 'Aibol Kozhomuratov' }).first();
    await kozhomuratov.click();
    await panel.getByText(/^Proposal \d+ of \d+/).waitFor();
    await expect(panel.locator('.proposal blockquote').textContent()).resolves.toContain(
      'Aibol Kozhomuratov',
    );
    // The accepted proposal's incident cites this document, linked to this page.
    for (let i = 0; i < proposalCount; i++) {
      if (/^(Accepted|Merged)$/.test((await panel.locator('.proposal .status').textContent()) ?? '')) break;
      await page.keyboard.press('k');
    }
    await panel.getByRole('link', { name: 'Open the incident' }).click();
    await page.waitForURL(/\/incidents\//);
    await page.locator(`a[href="/documents/${documentId}"]`).first().click();
    await page.waitForURL(`${h.origin}/documents/${documentId}`);
    await page.getByRole('article', { name: 'Text of the document' }).locator('mark').first().waitFor();
    expect(h.consoleErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });
});
