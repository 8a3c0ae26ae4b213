/**
 * Accounts in the browser: once an account exists the server asks for sign-in, and the web app signs in
 * (refusing a wrong password beside the field), shows who is signed in, creates an API token shown once,
 * lets an admin create a user and add them to the case as a viewer, tells a viewer their role does not
 * allow the users page, and signs out to the sign-in page.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMembers } from '../../src/accounts/member.service.js';
import { totpCodeAt } from '../../src/accounts/totp.js';
import { addUser, TEST_PASSWORD } from '../../src/access/test-principals.js';
import { type Harness, screenshotDir, startHarness } from './harness.js';

const ADMIN = 'amina.admin@example.org';
const VIEWER = 'vera.viewer@example.org';
const VIEWER_PASSWORD = 'a long viewer pass phrase';

describe('accounts in the web app (Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    // The harness serves in local mode; the first account ends it, so the server now asks for sign-in.
    await addUser(h.db, ADMIN, 'admin');
  });
  afterAll(async () => {
    await h?.close();
  });
  const shot = (name: string) =>
    h.page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  const session = () =>
    h.page.evaluate(() =>
      fetch('/api/auth/session').then(
        (r) => r.json() as Promise<{ mode: string; user: { email: string; totpEnabled: boolean } | null }>,
      ),
    );

  it('asks for sign-in, refuses a wrong password beside the field, and lands on the dashboard', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expect(page.title()).resolves.toBe('Sign in · Dalil');
    // No local-mode banner once an account exists.
    expect(await page.locator('.local-mode').count()).toBe(0);
    // The page speaks both interface languages.
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('heading', { level: 1, name: 'Вход' }).waitFor();
    await page.getByLabel('Эл. почта').waitFor();
    await shot('sign-in-ru');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('E-mail').fill(ADMIN);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const password = page.getByLabel('Password');
    await page.getByText('The e-mail or password is wrong.').waitFor();
    await expect(password.getAttribute('aria-invalid')).resolves.toBe('true');
    // The message is tied to the field, so a screen reader reads it with the field.
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toBe(
      'The e-mail or password is wrong.',
    );
    await shot('sign-in-refused');
    await expect(session()).resolves.toMatchObject({ mode: 'accounts', user: null });

    await password.fill(TEST_PASSWORD);
    await password.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Kyrgyzstan, October 2020/ }).waitFor();
    const menu = page.getByRole('group', { name: 'Your account' });
    await expect(menu.textContent()).resolves.toMatch(/amina\.admin[\s\S]*admin[\s\S]*Sign out/);
    await expect(session()).resolves.toMatchObject({ user: { email: ADMIN } });
    await shot('signed-in-dashboard');
  });

  it('creates an API token, shows it once with a warning, and the token works', async () => {
    const { page } = h;
    await page
      .getByRole('group', { name: 'Your account' })
      .getByRole('link', { name: 'amina.admin' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.getByText('No API token yet.').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('nightly export');
    await page.getByRole('button', { name: 'Create the token' }).click();
    const secret = page.getByTestId('new-token');
    await secret.waitFor();
    const token = (await secret.textContent()) ?? '';
    expect(token).toMatch(/^dlt_[A-Za-z0-9_-]{43}$/);
    await page.getByText('it is shown only this once').waitFor();
    await page
      .getByRole('row', { name: /nightly export/ })
      .getByText('read only')
      .waitFor();
    await shot('account-token');

    // The token acts as its user, read-only: it reads the case and may not write.
    const asToken = (method: string, url: string) =>
      fetch(`${h.origin}${url}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(method === 'POST' ? { body: JSON.stringify({ name: 'x', scopes: ['read'] }) } : {}),
      });
    const read = await asToken('GET', '/api/auth/session');
    expect(((await read.json()) as { user: { email: string } }).user.email).toBe(ADMIN);
    expect((await asToken('POST', '/api/account/tokens')).status).toBe(403);

    // Once dismissed (or after a reload) the secret is gone for good.
    await page.getByRole('button', { name: 'I have copied it' }).click();
    expect(await page.getByTestId('new-token').count()).toBe(0);
    await page.reload();
    await page.getByRole('row', { name: /nightly export/ }).waitFor();
    expect(await page.content()).not.toContain(token);
  });

  it('lets an admin create a user and add them to the case as a viewer', async () => {
    const { page } = h;
    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    const form = page.getByRole('form', { name: 'New user' });
    await form.getByLabel('E-mail').fill(VIEWER);
    await form.getByLabel('Name').fill('Vera Viewer');
    // Too short a password is refused beside the field, with the server's reason.
    await form.getByLabel('Password').fill('short');
    await form.getByRole('button', { name: 'Create the user' }).click();
    await form
      .getByText(/at least 12 characters/)
      .last()
      .waitFor();
    await expect(form.getByLabel('Password').getAttribute('aria-invalid')).resolves.toBe('true');
    await form.getByLabel('Password').fill(VIEWER_PASSWORD);
    await form.getByLabel('Role').selectOption('viewer');
    await form.getByRole('button', { name: 'Create the user' }).click();
    await page.getByText(`${VIEWER} can now sign in.`).waitFor();
    await page.getByRole('row', { name: /Vera Viewer/ }).waitFor();
    await shot('users');

    // The case's members are in its settings.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 3, name: 'Members' }).waitFor();
    await page.getByText('No members yet').waitFor();
    const add = page.getByRole('form', { name: 'Add a member' });
    await add.getByLabel('E-mail of the account').fill('nobody@example.org');
    await add.getByRole('button', { name: 'Add' }).click();
    await add.getByText('No account has this e-mail.').waitFor();
    await add.getByLabel('E-mail of the account').fill(VIEWER);
    await add.getByLabel('Role').selectOption('viewer');
    await add.getByRole('button', { name: 'Add' }).click();
    await page.getByText('Vera Viewer is now a member (viewer).').waitFor();
    await page.getByRole('row', { name: /Vera Viewer/ }).waitFor();
    await shot('case-members');
    const members = await listMembers({ db: h.db, actor: 'test' }, h.seeded.caseId);
    expect(members.map((m) => [m.email, m.role])).toEqual([[VIEWER, 'viewer']]);
  });

  it('signs out to the sign-in page, and the session is gone', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(session()).resolves.toMatchObject({ mode: 'accounts', user: null });
    await shot('signed-out');
  });

  it('brings a viewer back to the page asked for, read-only, and says their role does not allow the users page', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('E-mail').fill(VIEWER);
    await page.getByLabel('Password').fill(VIEWER_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 3, name: 'Members' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings');
    // A viewer sees the members, with no way to change them.
    await expect(page.getByRole('row', { name: /Vera Viewer/ }).textContent()).resolves.toContain('viewer');
    expect(await page.getByRole('form', { name: 'Add a member' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Remove/ }).count()).toBe(0);
    // No Users link for a viewer; the address still answers, with the reason.
    expect(await page.getByRole('link', { name: 'Users', exact: true }).count()).toBe(0);
    await page.goto(`${h.origin}/users`);
    await page
      .getByRole('alert')
      .getByText(/Your role does not allow this: only an admin may do this/)
      .waitFor();
    await shot('users-forbidden');
  });

  it('turns on the second factor, and then asks for the code at sign-in', async () => {
    const { page } = h;
    await page.goto(`${h.origin}/account`);
    await page.getByRole('button', { name: 'Turn on the second factor' }).click();
    const secret = (await page.locator('.totp-secret code').first().textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect(page.locator('.totp-secret code').nth(1).textContent()).resolves.toMatch(
      /^otpauth:\/\/totp\/Dalil:vera\.viewer%40example\.org\?.*secret=/,
    );
    await page.getByLabel('Code').fill(totpCodeAt(secret, Date.now()));
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    await page.getByText('The second factor is on').waitFor();
    await shot('account-second-factor');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('E-mail').fill(VIEWER);
    await page.getByLabel('Password').fill(VIEWER_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const code = page.getByLabel('Code from your authenticator app');
    await page.getByText('This account has a second factor').waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('totp');
    // A code from another secret is refused beside the code field.
    await code.fill(totpCodeAt('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', Date.now()));
    await code.press('Enter');
    await page.getByText('The code is wrong or has expired.').waitFor();
    await expect(code.getAttribute('aria-invalid')).resolves.toBe('true');
    await shot('sign-in-code');
    await code.fill(totpCodeAt(secret, Date.now()));
    await code.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Kyrgyzstan, October 2020/ }).waitFor();
    await expect(session()).resolves.toMatchObject({ user: { email: VIEWER, totpEnabled: true } });
  });

  it('made no request to any other host and logged no console error but the expected refusals', () => {
    expect(h.foreignRequests).toEqual([]);
    // The wrong password (401), the short password (400), the unknown member (404) and the viewer's users
    // page (403) answer 4xx, which Chromium logs as failed resource loads; nothing else.
    expect(h.consoleErrors.filter((e) => !/status of 40[0134]/.test(e))).toEqual([]);
  });
});
