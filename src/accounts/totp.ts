/** The optional second factor: RFC 6238 time-based one-time codes (30 s, 6 digits, SHA-1, as authenticator apps expect). */
import { Secret, TOTP } from 'otpauth';

const totpFor = (secretBase32: string, label = 'Dalil') =>
  new TOTP({
    issuer: 'Dalil',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

export const totpUri = (secretBase32: string, accountLabel: string): string =>
  totpFor(secretBase32, accountLabel).toString();

/**
 * The time step (30 s) of the code if it is the current one or the one before or after it (a phone's clock
 * drifts), else null. The caller refuses a step already used, so an overheard code cannot be replayed.
 */
export function totpCodeStep(secretBase32: string, code: string, at = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: at, window: 1 });
  return delta === null ? null : Math.floor(at / 30_000) + delta;
}

export const totpCodeMatches = (secretBase32: string, code: string, at = Date.now()): boolean =>
  totpCodeStep(secretBase32, code, at) !== null;

export const totpCodeAt = (secretBase32: string, at: number): string =>
  totpFor(secretBase32).generate({ timestamp: at });
