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

/** Accepts the current code and the one before or after it, to allow for a phone's clock drifting. */
export function totpCodeMatches(secretBase32: string, code: string, at = Date.now()): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totpFor(secretBase32).validate({ token: code, timestamp: at, window: 1 }) !== null;
}

export const totpCodeAt = (secretBase32: string, at: number): string =>
  totpFor(secretBase32).generate({ timestamp: at });
