/**
 * Enforces the access policy on every request, in one place: identifies the principal (API token, session
 * cookie, the local mode, or nobody), checks CSRF on the web app's writes, decides the route's rule against
 * the case the request is about, hides records above the reader's clearance, audits reads of confidential
 * records, and redacts every answer to a reader who is not cleared for the case.
 */
import type { FastifyRequest } from 'fastify';
import { resolveApiToken } from '../accounts/api-token.service.js';
import type { UserRole } from '../accounts/account.schema.js';
import { csrfTokenFor, sameSecret } from '../accounts/secret-token.js';
import { resolveSession } from '../accounts/session.service.js';
import { appendAudit } from '../audit/audit-log.js';
import type { Db } from '../db/connect.js';
import { inTransaction } from '../db/transaction.js';
import type { ZodApp } from '../http/route-context.js';
import { AppError } from '../shared/errors.js';
import { caseOf, memberRoles } from './case-of.js';
import { SESSION_COOKIE, readCookie } from './http-cookies.js';
import {
  type CaseRef,
  type Decision,
  decideAnyCase,
  decideCase,
  decideGlobal,
  grants,
  roleIn,
  visibleLevels,
} from './policy.js';
import { ANONYMOUS, type Principal, actorLabel } from './principal.js';
import { type CaseAccess, type RequestScope, runInScope } from './request-scope.js';
import { policyFor } from './route-policies.js';

declare module 'fastify' {
  interface FastifyRequest {
    dalilScope: RequestScope;
  }
}

/** Redacts an answer for readers not cleared for it: names to pseudonyms, coordinates to the city. */
export type RedactAnswer = (db: Db, access: CaseAccess, payload: unknown) => Promise<unknown>;

export interface AccessOptions {
  db: Db;
  /** Local mode: with no account yet, whoever reaches the loopback address acts as admin (the demo). */
  allowLocal: boolean;
  redact: RedactAnswer;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LOOPBACK_HOST = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/;

export interface RouteKey {
  method: string;
  url: string;
}

export function registerAccessControl(
  app: ZodApp,
  options: AccessOptions,
): { localMode: () => Promise<boolean>; routes: () => RouteKey[] } {
  const { db } = options;
  const routes: RouteKey[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  // A route nobody wrote a rule for would be refused at every call; refuse to start instead.
  app.addHook('onReady', (done) => {
    const missing = routes.filter((r) => !policyFor(r.method, r.url)).map((r) => `${r.method} ${r.url}`);
    done(
      missing.length > 0
        ? new AppError('internal', `routes without an access rule: ${missing.join(', ')}`)
        : undefined,
    );
  });
  let someUserExists = false;
  const localMode = async () => {
    if (!options.allowLocal || someUserExists) return false;
    someUserExists = (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
    return !someUserExists;
  };

  app.decorateRequest('dalilScope', null as unknown as RequestScope);
  app.addHook('onRequest', async (request) => {
    // Nobody until proven otherwise: an error while identifying still answers as to an anonymous caller.
    request.dalilScope = { principal: ANONYMOUS };
    request.dalilScope = { principal: await identify(request, db, localMode) };
  });
  app.addHook('onRequest', (request, _reply, done) => {
    try {
      refuseAnonymousEarly(request);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
  app.addHook('onRequest', (request, _reply, done) => runInScope(request.dalilScope, done));
  // Before the body is validated, so a caller without access learns nothing from validation errors.
  app.addHook('preValidation', async (request) => {
    refuseCrossSiteWrites(request);
    await authorize(request, db);
  });
  app.addHook('preSerialization', async (request, reply, payload) => {
    if (request.routeOptions.url === '/api/cases' && request.method === 'GET' && Array.isArray(payload))
      return readableCases(
        db,
        request.dalilScope.principal,
        payload as { id: string; confidentiality: string }[],
      );
    const access = request.dalilScope.access;
    if (reply.statusCode >= 400 || !access || access.cleared) return payload;
    return options.redact(db, access, payload);
  });
  return { localMode, routes: () => [...routes] };
}

/** The list of cases shows each reader the cases they may open: all for an admin, their own and the published ones for others. */
async function readableCases<T extends { id: string; confidentiality: string }>(
  db: Db,
  principal: Principal,
  cases: T[],
): Promise<T[]> {
  if (roleIn(principal, null) === 'admin') return cases;
  const mine =
    principal.kind === 'user' ? await memberRoles(db, principal.user.id) : new Map<string, string>();
  return cases.filter((c) => mine.has(c.id) || c.confidentiality === 'public');
}

async function identify(
  request: FastifyRequest,
  db: Db,
  localMode: () => Promise<boolean>,
): Promise<Principal> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const active = token ? await resolveApiToken(db, token) : null;
    if (!active)
      throw new AppError('unauthenticated', 'the API token is not valid, or was revoked or expired');
    return {
      kind: 'user',
      user: active.user,
      via: 'token',
      tokenId: active.tokenId,
      tokenName: active.name,
      scopes: active.scopes,
    };
  }
  const sessionToken = readCookie(request.headers.cookie, SESSION_COOKIE);
  if (sessionToken) {
    const session = await resolveSession(db, sessionToken);
    if (session)
      return {
        kind: 'user',
        user: session.user,
        via: 'session',
        sessionId: session.sessionId,
        csrfToken: csrfTokenFor(sessionToken),
      };
  }
  if (await localMode()) {
    // Another site could point its name at 127.0.0.1 (DNS rebinding): the local mode answers only to loopback names.
    if (!LOOPBACK_HOST.test(request.headers.host ?? ''))
      throw new AppError('forbidden', 'without accounts, Dalil answers only at 127.0.0.1 or localhost');
    return { kind: 'local' };
  }
  return ANONYMOUS;
}

/** Nobody signed in gets no further than the headers where no rule could let them in (no upload is read). */
function refuseAnonymousEarly(request: FastifyRequest): void {
  const url = request.routeOptions.url;
  if (request.dalilScope.principal.kind !== 'anonymous' || url === undefined) return;
  const policy = policyFor(request.method, url);
  if (!policy) return;
  const rule =
    typeof policy === 'function'
      ? policy({ params: {}, query: asRecord(request.query), body: undefined })
      : policy;
  const mayBeOpen = rule.kind === 'open' || (rule.kind === 'case' && rule.public === true);
  if (!mayBeOpen) throw new AppError('unauthenticated', 'sign in first');
}

/** A page of another site must not be able to write with the user's cookie or through the local mode. */
function refuseCrossSiteWrites(request: FastifyRequest): void {
  if (!WRITES.has(request.method)) return;
  const { principal } = request.dalilScope;
  if (principal.kind === 'user' && principal.via === 'session') {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameSecret(sent, principal.csrfToken))
      throw new AppError(
        'forbidden',
        'the request lacks the CSRF token of this session: reload the page',
        'x-csrf-token',
      );
  }
  if (principal.kind === 'local') {
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const crossOrigin =
      origin !== undefined && origin !== 'null' && new URL(origin).host !== request.headers.host;
    if (site === 'cross-site' || crossOrigin || origin === 'null')
      throw new AppError('forbidden', 'writes from another site are refused');
  }
}

function refValue(request: FastifyRequest, ref: CaseRef): string | undefined {
  const source = (
    ref.from === 'param' ? request.params : ref.from === 'query' ? request.query : request.body
  ) as Record<string, unknown> | undefined;
  const value = source?.[ref.name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

async function authorize(request: FastifyRequest, db: Db): Promise<void> {
  const url = request.routeOptions.url;
  if (url === undefined) return; // no route: the not-found handler answers
  const policy = policyFor(request.method, url);
  if (!policy) throw new AppError('forbidden', `no access rule covers ${request.method} ${url}`);
  const scope = request.dalilScope;
  const { principal } = scope;
  const rule =
    typeof policy === 'function'
      ? policy({ params: asRecord(request.params), query: asRecord(request.query), body: request.body })
      : policy;

  if (rule.kind === 'open' || rule.kind === 'signed_in' || rule.kind === 'admin') {
    enforce(decideGlobal(principal, rule));
    return;
  }
  if (rule.kind === 'any_case') {
    const memberships =
      principal.kind === 'user' ? await memberRoles(db, principal.user.id) : new Map<string, string>();
    const decision = enforce(decideAnyCase(principal, rule, [...memberships.values()] as UserRole[]));
    // A registry is shared by all cases: clearance on one case reveals the people of that case only.
    const everything = roleIn(principal, null) === 'admin';
    const scopes = principal.kind === 'user' && principal.via === 'token' ? principal.scopes : undefined;
    const clearedCaseIds = [...memberships]
      .filter(([, role]) => grants(role as UserRole, 'read_confidential', scopes))
      .map(([caseId]) => caseId);
    scope.access = {
      caseId: null,
      cleared: everything,
      member: true,
      levels: visibleLevels(decision.cleared, true),
      clearedCaseIds,
    };
    return;
  }

  const id = refValue(request, rule.ref);
  if (id === undefined) {
    // Reading across all cases is for those who hold every case.
    if (roleIn(principal, null) === 'admin') {
      scope.access = { caseId: null, cleared: true, member: true, levels: visibleLevels(true, true) };
      return;
    }
    if (principal.kind === 'anonymous') throw new AppError('unauthenticated', 'sign in first');
    throw new AppError('validation_failed', `${rule.ref.name}: name the case`, rule.ref.name);
  }
  const record = await caseOf(db, rule.ref.entity, id);
  if (!record) {
    if (principal.kind === 'anonymous' && !rule.public)
      throw new AppError('unauthenticated', 'sign in first');
    throw new AppError('not_found', `${rule.ref.entity} ${id} was not found`, rule.ref.name);
  }
  const memberRole =
    principal.kind === 'user' && principal.user.role !== 'admin'
      ? (((await memberRoles(db, principal.user.id)).get(record.caseId) as UserRole | undefined) ?? null)
      : null;
  const decision = enforce(
    decideCase(principal, rule, { caseConfidentiality: record.caseConfidentiality, memberRole }),
  );
  const levels = visibleLevels(decision.cleared, decision.member);
  // A record above the reader's clearance does not exist for them.
  if (record.recordConfidentiality && !levels.includes(record.recordConfidentiality))
    throw new AppError('not_found', `${rule.ref.entity} ${id} was not found`, rule.ref.name);
  scope.access = { caseId: record.caseId, cleared: decision.cleared, member: decision.member, levels };
  if (
    request.method === 'GET' &&
    (record.recordConfidentiality === 'confidential' || rule.action === 'read_confidential')
  )
    await inTransaction(db, (trx) =>
      appendAudit(trx, {
        actor: actorLabel(principal),
        action: 'record.read',
        entity: rule.ref.entity,
        entityId: rule.ref.entity === 'case' ? record.caseId : id,
        after: { route: `${request.method} ${url}` },
      }),
    );
}

function enforce(decision: Decision): Extract<Decision, { allowed: true }> {
  if (!decision.allowed) throw new AppError(decision.code, decision.message);
  return decision;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
