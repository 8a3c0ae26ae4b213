/**
 * Turns a zod failure into an AppError that names the first offending field, e.g.
 * `date_start: must be a date written YYYY-MM-DD`. Used at every boundary.
 */
import type { z } from 'zod';
import { AppError } from './errors.js';
import { findUnstorable, MAX_INPUT_DEPTH, showNul } from './unstorable-input.js';

export function fieldPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(input)';
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.infer<S> {
  refuseUnstorableInput(input, prefix);
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

/** Refuses input the database cannot store (a NUL character, nesting past MAX_INPUT_DEPTH), naming the field. */
export function refuseUnstorableInput(input: unknown, prefix = ''): void {
  const found = findUnstorable(input);
  if (!found) return;
  const field = fieldPath(found.path.map(showNul), prefix);
  const problem =
    found.reason === 'nul'
      ? 'must not contain NUL characters'
      : `is nested more than ${MAX_INPUT_DEPTH} levels deep`;
  throw new AppError('validation_failed', `${field}: ${problem}`, field);
}
