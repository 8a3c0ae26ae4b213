import { z } from 'zod';
import { reliabilitySchema, sourceKindSchema } from '../vocabulary/record-enums.js';
import { expectedVersion, httpUrl, nonEmptyText } from '../shared/schemas.js';

export const sourceInput = z.strictObject({
  name: nonEmptyText(300),
  kind: sourceKindSchema.optional(),
  /** Admiralty-style reliability of the source: A (completely reliable) … F (cannot be judged). */
  reliability: reliabilitySchema.optional(),
  url: httpUrl(2000).nullish(),
});
export const sourceUpdate = sourceInput.partial().extend({ version: expectedVersion });

export interface Source {
  id: string;
  name: string;
  kind: string;
  reliability: string;
  url: string | null;
  version: number;
}
