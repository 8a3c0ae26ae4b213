/**
 * Protections every HTTP response and request gets, kept here so server.ts stays a list of routes:
 * security headers, refusal of what the database cannot store (NUL characters, deep nesting) at the edge,
 * and what the logger must never write.
 */
import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { refuseUnstorableInput } from '../shared/validate.js';

/** For responses that set no policy of their own (JSON, errors): nothing may load, nothing may frame them. */
export const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Security headers on every response. Nothing that holds data may be cached (names of victims and witnesses
 * must not linger in a shared or browser cache): a response that chose no Cache-Control gets `no-store`;
 * the web app's hashed assets and index.html choose their own.
 */
export function securityHeaders(
  _request: FastifyRequest,
  reply: FastifyReply,
  _payload: unknown,
  done: () => void,
): void {
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Referrer-Policy', 'no-referrer');
  reply.header('X-Frame-Options', 'DENY');
  reply.header('Cross-Origin-Resource-Policy', 'same-origin');
  if (!reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', DEFAULT_CSP);
  if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
  done();
}

/**
 * What the database cannot store, in any parameter, query value or JSON body (keys included): a NUL
 * character, or nesting past MAX_INPUT_DEPTH. Refused here naming the field, never an internal error later.
 */
export function refuseUnstorableRequest(
  request: FastifyRequest,
  _reply: FastifyReply,
  done: (error?: Error) => void,
): void {
  try {
    refuseUnstorableInput(request.params, 'params');
    refuseUnstorableInput(request.query, 'querystring');
    if (!Buffer.isBuffer(request.body)) refuseUnstorableInput(request.body);
    done();
  } catch (error) {
    done(error as Error);
  }
}

/** The API documentation page's policy: swagger-ui's own (script hashes), minus the https upgrade that
 * would break it on a plain-http loopback server, and never framed. */
export const docsCsp = {
  staticCSP: true,
  transformStaticCSP: (header: string) =>
    header
      .replace(/\s*upgrade-insecure-requests;?/, '')
      .replace("frame-ancestors 'self'", "frame-ancestors 'none'"),
};

const SECRET_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'apiToken',
  'secret',
  'totp',
  'otp',
  'recoveryCode',
  'csrfToken',
];
const SECRET_HEADERS = ['authorization', 'cookie', '["set-cookie"]', '["x-api-key"]', '["x-csrf-token"]'];

/** What the logger censors wherever it appears: credentials in headers, and password or token fields. */
export const REDACTED_PATHS = [
  ...SECRET_HEADERS.flatMap((h) => {
    const key = h.startsWith('[') ? h : `.${h}`;
    return [`headers${key}`, `*.headers${key}`];
  }),
  ...SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `*.*.*.${k}`]),
];

/** Where logs go: off, standard output, or a stream (tests read what was written). */
export type LogTarget = boolean | { stream: { write(line: string): void }; level?: string };

/**
 * How a request is logged: method and path only. Query strings stay out of the log, since they can carry
 * names (`?text=<a victim's name>`, an uploaded statement's file name) that the log must not keep.
 */
const requestSummary = (request: { method?: unknown; url?: unknown; ip?: unknown }) => ({
  method: typeof request.method === 'string' ? request.method : undefined,
  url: typeof request.url === 'string' ? request.url.split('?')[0] : undefined,
  remoteAddress: typeof request.ip === 'string' ? request.ip : undefined,
});

/** Fastify's logger options: off unless asked for, and always with the secrets redacted. */
export function loggerOptions(target: LogTarget | undefined): FastifyServerOptions['logger'] {
  if (!target) return false;
  return {
    level: target === true ? 'info' : (target.level ?? 'info'),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { req: requestSummary },
    ...(target !== true && { stream: target.stream }),
  };
}
