/**
 * Secrets never logged: with the logger on, passwords, session cookies, CSRF and API tokens and query
 * strings that may hold names never reach the log, whether a route succeeds, refuses or fails.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addUser, signIn, TEST_PASSWORD } from '../access/test-principals.js';
import type { DalilServer } from '../http/server.js';
import { describeEachDatabase } from '../test/databases.js';
import { attackServer } from './attack-kit.js';

describeEachDatabase('attack: secrets in the log', (use) => {
  const lines: string[] = [];
  let app: DalilServer;
  const log = () => lines.join('');

  beforeAll(async () => {
    app = await attackServer(use().db, {
      allowLocal: false,
      logger: { stream: { write: (line) => lines.push(line) }, level: 'debug' },
    });
    await addUser(use().db, 'admin@example.org', 'admin');
  });
  afterAll(async () => {
    await app.close();
  });

  it('keeps passwords, cookies, tokens and query values out of the log', async () => {
    const admin = await signIn(app, 'admin@example.org', '');
    const cookieValue = admin.headers.cookie!.split('=')[1]!;
    const csrf = admin.headers['x-csrf-token']!;
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'admin@example.org', password: 'Wrong-Password-Hunter2' },
    });
    expect(wrong.statusCode).toBe(401);
    const token = await app.inject({
      method: 'POST',
      url: '/api/account/tokens',
      headers: admin.headers,
      payload: { name: 'script', scopes: ['read'] },
    });
    expect(token.statusCode, token.body).toBe(201);
    const apiToken = token.json<{ token: string }>().token;
    const asScript = await app.inject({
      method: 'GET',
      url: `/api/incidents?text=${encodeURIComponent('Kozhomuratov')}`,
      headers: { authorization: `Bearer ${apiToken}` },
    });
    expect(asScript.statusCode).toBe(200);
    const forged = await app.inject({
      method: 'GET',
      url: '/api/cases',
      headers: {
        authorization: 'Bearer dlt_forged-token-value-123',
        cookie: 'dalil_session=forged-cookie-456',
      },
    });
    expect(forged.statusCode).toBe(401);
    // Whatever a route or plugin logs through the server's logger is censored the same way.
    app.log.info(
      {
        request: { headers: { authorization: `Bearer ${apiToken}`, cookie: admin.headers.cookie } },
        headers: { 'x-csrf-token': csrf, cookie: admin.headers.cookie },
        body: { email: 'admin@example.org', password: TEST_PASSWORD, user: { newPassword: 'N3w-secret' } },
      },
      'a careless debug line',
    );

    const written = log();
    expect(written).toContain('"url":"/api/auth/login"'); // requests are logged…
    expect(written).toContain('a careless debug line');
    expect(written).toContain('[redacted]');
    for (const secret of [
      TEST_PASSWORD,
      'Wrong-Password-Hunter2',
      'N3w-secret',
      cookieValue,
      csrf,
      apiToken,
      'forged-token-value-123',
      'forged-cookie-456',
      'Kozhomuratov',
    ])
      expect(written, secret).not.toContain(secret);
  });
});
