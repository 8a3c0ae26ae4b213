/**
 * Signing in and out, one's own account (password, second factor, API tokens), users (admins) and case
 * members (a case's managers). Who may call each route is in src/access/route-policies.ts.
 */
import { z } from 'zod';
import { SESSION_COOKIE, readCookie, sessionCookie } from '../access/http-cookies.js';
import { currentScope } from '../access/request-scope.js';
import { csrfTokenFor } from '../accounts/secret-token.js';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { AppError } from '../shared/errors.js';
import {
  apiTokenInput,
  loginInput,
  memberInput,
  passwordChange,
  totpCodeInput,
  userInput,
  userUpdate,
} from './account.schema.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service.js';
import type { LoginThrottle } from './login-throttle.js';
import { listMembers, removeMember, setMember } from './member.service.js';
import { SESSION_LIFETIME_MS, login, logout } from './session.service.js';
import { confirmTotp, disableTotp, startTotpSetup } from './totp.service.js';
import { changePassword, createUser, getUser, listUsers, resetPassword, updateUser } from './user.service.js';

const byId = z.object({ id: z.string().min(1).max(100) });
const tags = ['accounts'];

export interface AccountRouteOptions {
  throttle: LoginThrottle;
  localMode: () => Promise<boolean>;
  /** Cookies get `Secure` when Dalil is served over TLS (directly or behind a proxy that says so). */
  secureCookies: boolean;
}

function signedInUser() {
  const { principal } = currentScope();
  if (principal.kind !== 'user')
    throw new AppError('conflict', 'this needs a user account (Dalil runs in local mode)');
  return principal;
}

export function registerAccountRoutes(
  app: ZodApp,
  context: ContextFactory,
  options: AccountRouteOptions,
): void {
  app.get(
    '/api/auth/session',
    { schema: { tags, summary: 'Who is signed in, and the CSRF token for writes' } },
    async () => {
      const { principal } = currentScope();
      const local = await options.localMode();
      return {
        mode: local ? ('local' as const) : ('accounts' as const),
        user: principal.kind === 'user' ? principal.user : null,
        csrfToken: principal.kind === 'user' && principal.via === 'session' ? principal.csrfToken : null,
        notice: local
          ? 'No account exists yet: Dalil runs without sign-in and answers only on this computer (127.0.0.1). Create an admin with `dalil user add --admin` before serving it to anyone else.'
          : null,
      };
    },
  );

  app.post(
    '/api/auth/login',
    { schema: { tags, summary: 'Sign in (sets the session cookie)', body: loginInput } },
    async (request, reply) => {
      const wait = options.throttle.attempt(request.ip);
      if (wait > 0) {
        void reply.header('Retry-After', String(wait));
        throw new AppError('rate_limited', `too many sign-in attempts from this address: wait ${wait} s`);
      }
      const ua = request.headers['user-agent'];
      const signedIn = await login(context(), request.body, ua ? { userAgent: ua } : {}).catch(
        (error: unknown) => {
          const retry = (error as AppError).details as { retryAfterSeconds?: number } | undefined;
          if (retry?.retryAfterSeconds) void reply.header('Retry-After', String(retry.retryAfterSeconds));
          throw error;
        },
      );
      void reply.header(
        'Set-Cookie',
        sessionCookie(signedIn.token, {
          secure: options.secureCookies,
          maxAgeSeconds: SESSION_LIFETIME_MS / 1000,
        }),
      );
      return { user: signedIn.user, csrfToken: csrfTokenFor(signedIn.token), expiresAt: signedIn.expiresAt };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags, summary: 'Sign out (ends this session)' } },
    async (request, reply) => {
      const { principal } = currentScope();
      if (principal.kind === 'user' && principal.via === 'session')
        await logout(context().db, principal.sessionId, context().actor);
      if (readCookie(request.headers.cookie, SESSION_COOKIE))
        void reply.header(
          'Set-Cookie',
          sessionCookie(null, { secure: options.secureCookies, maxAgeSeconds: 0 }),
        );
      return { ok: true };
    },
  );

  app.get('/api/account', { schema: { tags, summary: 'My account' } }, () =>
    getUser(context(), signedInUser().user.id),
  );
  app.post(
    '/api/account/password',
    { schema: { tags, summary: 'Change my password (ends my other sessions)', body: passwordChange } },
    async (request) => {
      const principal = signedInUser();
      await changePassword(
        context(),
        principal.user.id,
        request.body,
        principal.via === 'session' ? principal.sessionId : undefined,
      );
      return { ok: true };
    },
  );
  app.get('/api/account/tokens', { schema: { tags, summary: 'My API tokens' } }, () =>
    listApiTokens(context(), signedInUser().user.id),
  );
  app.post(
    '/api/account/tokens',
    { schema: { tags, summary: 'Create an API token (its secret is shown once)', body: apiTokenInput } },
    async (request, reply) =>
      reply.status(201).send(await createApiToken(context(), signedInUser().user.id, request.body)),
  );
  app.delete(
    '/api/account/tokens/:id',
    { schema: { tags, summary: 'Revoke one of my API tokens', params: byId } },
    (request) => revokeApiToken(context(), signedInUser().user.id, request.params.id),
  );
  app.post(
    '/api/account/totp/setup',
    { schema: { tags, summary: 'Start turning on the second factor' } },
    () => startTotpSetup(context(), signedInUser().user.id),
  );
  app.post(
    '/api/account/totp/confirm',
    { schema: { tags, summary: 'Confirm the second factor with a code', body: totpCodeInput } },
    async (request) => {
      await confirmTotp(context(), signedInUser().user.id, request.body);
      return { ok: true };
    },
  );
  app.post(
    '/api/account/totp/disable',
    { schema: { tags, summary: 'Turn off the second factor (needs a code)', body: totpCodeInput } },
    async (request) => {
      await disableTotp(context(), signedInUser().user.id, request.body);
      return { ok: true };
    },
  );

  app.get('/api/users', { schema: { tags, summary: 'Users (admins)' } }, () => listUsers(context()));
  app.post(
    '/api/users',
    { schema: { tags, summary: 'Create a user (admins)', body: userInput } },
    async (request, reply) => reply.status(201).send(await createUser(context(), request.body)),
  );
  app.patch(
    '/api/users/:id',
    {
      schema: { tags, summary: 'Change, disable or unlock a user (admins)', params: byId, body: userUpdate },
    },
    (request) => updateUser(context(), request.params.id, request.body),
  );
  app.post(
    '/api/users/:id/password',
    {
      schema: {
        tags,
        summary: "Reset a user's password (admins)",
        params: byId,
        body: z.strictObject({ password: z.string().max(1024) }),
      },
    },
    async (request) => {
      await resetPassword(context(), request.params.id, request.body.password);
      return { ok: true };
    },
  );

  const member = z.object({ id: z.string().min(1).max(100), userId: z.string().min(1).max(254) });
  app.get('/api/cases/:id/members', { schema: { tags, summary: 'Members of a case', params: byId } }, () =>
    listMembers(context(), caseOfRequest()),
  );
  app.put(
    '/api/cases/:id/members/:userId',
    { schema: { tags, summary: 'Add a member or change their role', params: member, body: memberInput } },
    (request) => setMember(context(), caseOfRequest(), request.params.userId, request.body),
  );
  app.delete(
    '/api/cases/:id/members/:userId',
    { schema: { tags, summary: 'Remove a member', params: member } },
    async (request) => {
      await removeMember(context(), caseOfRequest(), request.params.userId);
      return { ok: true };
    },
  );
}

/** The case id the access check resolved (the route may name it by slug). */
function caseOfRequest(): string {
  const caseId = currentScope().access?.caseId;
  if (!caseId) throw new AppError('internal', 'the access check did not resolve the case');
  return caseId;
}
