/**
 * Passwords are hashed with argon2id (OWASP's recommended parameters: 19 MiB, 2 passes). A login for an
 * unknown e-mail still verifies against a fixed hash, so the response time does not tell which accounts exist.
 */
import { hash, verify } from '@node-rs/argon2';
import { invalid } from '../shared/errors.js';

const OPTIONS = {
  algorithm: 2 /* Argon2id; the package's enum is a const enum that ESM cannot import */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

/** Refuses passwords too short to resist guessing, or so long they would make hashing a denial of service. */
export function checkPasswordStrength(password: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN_LENGTH)
    throw invalid(
      field,
      `must be at least ${PASSWORD_MIN_LENGTH} characters (a phrase of several words is best)`,
    );
  if (password.length > PASSWORD_MAX_LENGTH)
    throw invalid(field, `must be at most ${PASSWORD_MAX_LENGTH} characters`);
  if (new Set(password).size < 5) throw invalid(field, 'is too repetitive');
}

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

let decoy: Promise<string> | undefined;

/** True when the password matches; a null hash (no account, or no password set) costs the same time. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false;
  if (storedHash === null) {
    decoy ??= hashPassword('decoy password that matches nothing');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
