/**
 * Session and API tokens: 256 random bits, shown to their holder once and stored only as a SHA-256 hash
 * (a fast hash is enough for random secrets of this size; argon2 is for guessable passwords).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type TokenKind = 'session' | 'api';

const PREFIX: Record<TokenKind, string> = { session: 'dls_', api: 'dlt_' };

export function newToken(kind: TokenKind): string {
  return PREFIX[kind] + randomBytes(32).toString('base64url');
}

export const hasTokenShape = (value: string, kind: TokenKind): boolean =>
  value.startsWith(PREFIX[kind]) && /^[A-Za-z0-9_-]{43}$/.test(value.slice(PREFIX[kind].length));

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * The CSRF token of a session is derived from the session's own secret, so nothing more is stored and a
 * page of another site, which cannot read the cookie, cannot compute it.
 */
export const csrfTokenFor = (sessionToken: string): string =>
  createHmac('sha256', sessionToken).update('dalil csrf').digest('base64url');

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
