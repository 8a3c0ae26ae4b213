import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, screenshotDir, startHarness } from './harness.js';

describe('web app end to end (Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  const shot = (name: string) =>
    h.page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

  it('shows the dashboard with the case figures, a timeline, a map and charts', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/`);
    await page.getByRole('heading', { level: 1, name: /Kyrgyzstan, October 2020/ }).waitFor();
    const injured = page.getByRole('region', { name: 'Injured' });
    await expect(injured.textContent()).resolves.toMatch(/686[\s\S]*Ministry of Health/);
    await expect(page.getByRole('region', { name: 'Killed' }).textContent()).resolves.toMatch(/1\b/);
    await expect(page.getByRole('region', { name: 'Attacks on journalists' }).textContent()).resolves.toMatch(
      /6[\s\S]*Committee to Protect Journalists/,
    );
    // A night across two days is drawn as a span, an approximate date as a fuzzy band.
    await page.locator('.timeline a.mark-night rect').waitFor();
    await page.locator('.timeline a.mark-approximate rect[fill="url(#fuzzy)"]').waitFor();
    expect(await page.locator('.timeline a.mark').count()).toBe(8);
    const nightWidth = Number(await page.locator('.timeline a.mark-night rect').getAttribute('width'));
    const dayWidth = Number(await page.locator('.timeline a.mark-day rect').first().getAttribute('width'));
    expect(nightWidth).toBeGreaterThan(0);
    expect(dayWidth).toBeGreaterThan(0);
    // The map: country outlines from the bundled atlas and one marker per place.
    await page.locator('.map .countries path').first().waitFor();
    expect(await page.locator('.map .countries path').count()).toBeGreaterThan(100);
    await expect(page.locator('.map a.spot').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('Bishkek'), expect.stringContaining('Osh')]),
    );
    // Charts drawn by Observable Plot.
    await page.locator('.plot svg').nth(2).waitFor();
    // Case-wide panels load when scrolled into view, and only when the server offers them.
    await page.locator('footer').scrollIntoViewIfNeeded();
    // The standards summary is computed only on request (it is slow on a large case).
    await page.getByRole('button', { name: 'Run the standards rules over the case' }).click();
    await page.locator('.summary-lines li, .panel .state-empty').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.panel .state-loading').length === 0);
    await shot('dashboard');
  });

  it('lists the eight incidents and filters them', async () => {
    const { page } = h;
    await page.getByRole('link', { name: 'Incidents', exact: true }).click();
    await page.getByText('Incidents 1–8 of 8').waitFor();
    expect(await page.locator('table.incidents tbody tr').count()).toBe(8);
    await shot('incidents');
    await page.getByLabel('Place').fill('Osh');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Incidents 1–1 of 1').waitFor();
    await expect(page.locator('table.incidents tbody').textContent()).resolves.toContain('Kloop film crew');
    expect(page.url()).toContain('place=Osh');
  });

  it('opens the rubber-bullet incident and shows its acts and citations', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/incidents`);
    await page.getByRole('link', { name: /fire a rubber bullet/ }).click();
    await page
      .getByRole('heading', { level: 1, name: /rubber bullet directly at a Current Time reporter/ })
      .waitFor();
    const acts = page.getByRole('region', { name: /Acts/ });
    await expect(acts.textContent()).resolves.toMatch(
      /police special forces[\s\S]*shooting[\s\S]*rubber bullet[\s\S]*a reporter for Current Time/,
    );
    const quotes = await page.locator('.citation blockquote').allTextContents();
    expect(quotes.some((q) => q.includes('Aibol Kozhomuratov'))).toBe(true);
    await page.locator('.citation a[href^="https://cpj.org/"]').first().waitFor();
    await expect(page.locator('.citation .credibility').first().textContent()).resolves.toMatch(
      /credibility 2/,
    );
    await shot('incident');
  });

  it('finds the reporter by his Latin and his Cyrillic name', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/incidents?text=Kozhomuratov`);
    await page.getByText('Incidents 1–1 of 1').waitFor();
    await expect(page.locator('table.incidents tbody').textContent()).resolves.toContain('rubber bullet');
    await page.goto(`${h.origin}/incidents?text=${encodeURIComponent('Кожомуратов')}`);
    const actors = page.getByRole('complementary', { name: 'Actors with this name' });
    await expect(actors.textContent()).resolves.toContain('Aibol Kozhomuratov');
    await actors.getByRole('link', { name: /Aibol Kozhomuratov/ }).click();
    await page.getByText('Incidents 1–1 of 1').waitFor();
    await expect(page.locator('table.incidents tbody').textContent()).resolves.toContain('rubber bullet');
  });

  it('shows actors, sources, figures and the audit log, and verifies the chain', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/actors`);
    await expect(page.locator('table').textContent()).resolves.toContain('Айбол Кожомуратов');
    await shot('actors');
    await page.goto(`${h.origin}/sources`);
    await expect(page.locator('table').textContent()).resolves.toContain('Committee to Protect Journalists');
    await shot('sources');
    await page.goto(`${h.origin}/figures`);
    await expect(page.locator('table').textContent()).resolves.toContain('686');
    await shot('figures');
    await page.goto(`${h.origin}/audit`);
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await page.getByText(/The chain holds/).waitFor();
    await shot('audit');
  });

  it('switches the interface to Russian', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/`);
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('link', { name: 'Инциденты', exact: true }).waitFor();
    await expect(page.getByRole('region', { name: 'Пострадавшие' }).textContent()).resolves.toContain('686');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await page.locator('.plot svg').nth(2).waitFor();
    await shot('dashboard-ru');
    await page.getByRole('link', { name: 'Инциденты', exact: true }).click();
    await page.getByText('Инциденты 1–8 из 8').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('can be used with the keyboard alone', async () => {
    // A fresh tab, so the keyboard starts at the top of the document.
    const page = await h.context.newPage();
    h.watch(page);
    await page.goto(`${h.origin}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Tab'); // brand
    await page.keyboard.press('Tab'); // Dashboard
    await page.keyboard.press('Tab'); // Incidents
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Incidents');
    await page.keyboard.press('Enter');
    await page.getByText('Incidents 1–8 of 8').waitFor();
    // Focus moved to the new page, so the next Tab starts inside it.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('text');
    await page.close();
  });

  it('fits a tablet screen without sideways scrolling', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 820, height: 1180 });
    for (const [name, url] of [
      ['dashboard-tablet', '/'],
      ['incidents-tablet', '/incidents'],
    ] as const) {
      await page.goto(`${h.origin}${url}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (url === '/') await page.locator('.plot svg').nth(1).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, name).toBeLessThanOrEqual(0);
      await shot(name);
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('offers the review queue when the server has proposals', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/`);
    await page.getByRole('link', { name: 'Review', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    await page.getByRole('link', { name: 'Accepted' }).click();
    await page.locator('.state-empty, .proposal').first().waitFor();
  });

  it('made no request to any other host and logged no console error', () => {
    expect(h.foreignRequests).toEqual([]);
    expect(h.consoleErrors).toEqual([]);
  });
});
