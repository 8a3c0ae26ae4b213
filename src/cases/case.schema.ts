import { z } from 'zod';
import { confidentialitySchema } from '../vocabulary/record-enums.js';
import { expectedVersion, nonEmptyText } from '../shared/schemas.js';

export const caseInput = z.strictObject({
  slug: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{0,80}$/,
      'must be lower-case letters, digits and dashes (e.g. kyrgyzstan-2020-10)',
    ),
  title: nonEmptyText(300),
  description: z.string().max(20_000).optional(),
  confidentiality: confidentialitySchema.optional(),
});
export type CaseInput = z.infer<typeof caseInput>;

export const caseUpdate = caseInput.partial().extend({ version: expectedVersion });
export type CaseUpdate = z.infer<typeof caseUpdate>;

export interface Case {
  id: string;
  slug: string;
  title: string;
  description: string;
  confidentiality: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}
