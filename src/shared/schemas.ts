/** Small zod building blocks shared by every boundary (HTTP, CLI, import). */
import { z } from 'zod';

/** A real calendar date written YYYY-MM-DD ("2020-02-30" is refused). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    const d = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
  }, 'is not a real calendar date');

export const uuid = z.uuid();

export const nonEmptyText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** The version a client last saw; an update against an older one is refused. */
export const expectedVersion = z.number().int().positive();

/**
 * A web address a reader may follow: http or https only, so a `javascript:` or `data:` URL stored in a
 * source or citation can never run when a page turns it into a link.
 */
export const httpUrl = (max: number) =>
  z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .max(max, `must be at most ${max} characters`);
