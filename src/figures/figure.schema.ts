import { z } from 'zod';
import { figureQualifierSchema } from '../vocabulary/record-enums.js';
import { expectedVersion, isoDate, nonEmptyText, uuid } from '../shared/schemas.js';

const figureFields = {
  caseId: uuid,
  incidentId: uuid.nullish(),
  /** What is counted, in words: "people treated in hospitals for injuries". */
  what: nonEmptyText(300),
  /** A stable key grouping figures of the same measure across reporters, e.g. `injured_treated`. */
  measureKey: z
    .string()
    .regex(/^[a-z0-9_]{1,60}$/, 'must be lower-case letters, digits and underscores')
    .nullish(),
  value: z.number().finite(),
  qualifier: figureQualifierSchema.optional(),
  asOf: isoDate.nullish(),
  place: z.string().trim().min(1).max(200).nullish(),
  reportedById: uuid.nullish(),
  reportedBy: z.string().max(300).nullish(),
};

export const figureInput = z.strictObject(figureFields);
export const figureUpdate = z
  .strictObject({ ...figureFields, version: expectedVersion })
  .partial()
  .required({ version: true });

export interface Figure {
  id: string;
  caseId: string;
  incidentId: string | null;
  what: string;
  measureKey: string | null;
  value: number;
  qualifier: string;
  asOf: string | null;
  placeId: string | null;
  reportedById: string | null;
  reportedBy: string | null;
  version: number;
}
