/**
 * Turns a zod failure into an AppError that names the first offending field, e.g.
 * `date_start: must be a date written YYYY-MM-DD`. Used at every boundary.
 */
import type { z } from 'zod';
import { AppError } from './errors.js';
import { findNulCharacter, showNul } from './nul-characters.js';

export function fieldPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(input)';
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.infer<S> {
  refuseNulCharacters(input, prefix);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = fieldPath(issue?.path ?? [], prefix);
  const message =
    issue?.code === 'invalid_value' && 'values' in issue
      ? `must be one of ${(issue.values as unknown[]).map(String).join(', ')}`
      : (issue?.message ?? 'is invalid');
  throw new AppError('validation_failed', `${field}: ${message}`, field, {
    issues: result.error.issues.slice(0, 10),
  });
}

/** Refuses input holding U+0000 anywhere (PostgreSQL cannot store it), naming the field. */
export function refuseNulCharacters(input: unknown, prefix = ''): void {
  const path = findNulCharacter(input);
  if (!path) return;
  const field = fieldPath(path.map(showNul), prefix);
  throw new AppError('validation_failed', `${field}: must not contain NUL characters`, field);
}
