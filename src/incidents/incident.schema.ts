import { z } from 'zod';
import { confidentialitySchema, incidentStatusSchema } from '../vocabulary/record-enums.js';
import {
  datePrecisionSchema,
  eventTypeSchema,
  geoPrecisionSchema,
  timeOfDaySchema,
} from '../vocabulary/vocabulary.js';
import { expectedVersion, isoDate, nonEmptyText, uuid } from '../shared/schemas.js';

const incidentFields = {
  caseId: uuid,
  title: nonEmptyText(500),
  description: z.string().max(50_000).optional(),
  dateStart: isoDate.nullish(),
  dateEnd: isoDate.nullish(),
  datePrecision: datePrecisionSchema.optional(),
  timeOfDay: timeOfDaySchema.nullish(),
  /** A place name in any script ("Бишкек", "Bishkek") or a gazetteer id; resolved through the gazetteer. */
  place: z.string().trim().min(1).max(200).nullish(),
  placeDetail: z.string().max(500).nullish(),
  geoPrecision: geoPrecisionSchema.optional(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  eventType: eventTypeSchema,
  status: incidentStatusSchema.optional(),
  confidentiality: confidentialitySchema.optional(),
  killed: z.number().int().min(0).nullish(),
  injured: z.number().int().min(0).nullish(),
  /** Assembly-level facts the standards read (src/standards/facts.ts); validated by the standards engine. */
  facts: z.record(z.string(), z.unknown()).optional(),
};

/** A night spans two days; the end can't precede the start. */
function checkDates(
  value: { dateStart?: string | null; dateEnd?: string | null; datePrecision?: string },
  ctx: z.RefinementCtx,
) {
  if (value.dateStart && value.dateEnd && value.dateEnd < value.dateStart) {
    ctx.addIssue({
      code: 'custom',
      path: ['dateEnd'],
      message: `must not be before dateStart (${value.dateStart})`,
    });
  }
  if (value.datePrecision === 'night' && value.dateStart && value.dateEnd) {
    const next = new Date(`${value.dateStart}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    if (next.toISOString().slice(0, 10) !== value.dateEnd) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateEnd'],
        message: 'a night runs from dateStart to the next day',
      });
    }
  }
}

export const incidentInput = z.strictObject(incidentFields).superRefine(checkDates);
export type IncidentInput = z.infer<typeof incidentInput>;

export const incidentUpdate = z
  .strictObject({ ...incidentFields, version: expectedVersion })
  .partial()
  .required({ version: true })
  .superRefine(checkDates);
export type IncidentUpdate = z.infer<typeof incidentUpdate>;

export const incidentFilter = z.strictObject({
  caseId: uuid.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  place: z.string().max(200).optional(),
  type: eventTypeSchema.optional(),
  status: incidentStatusSchema.optional(),
  text: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type IncidentFilter = z.input<typeof incidentFilter>;

export interface IncidentPlace {
  id: string;
  name: string;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface Incident {
  id: string;
  caseId: string;
  title: string;
  description: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string;
  timeOfDay: string | null;
  place: IncidentPlace | null;
  placeDetail: string | null;
  geoPrecision: string;
  latitude: number | null;
  longitude: number | null;
  eventType: string;
  status: string;
  confidentiality: string;
  killed: number | null;
  injured: number | null;
  mergedIntoId: string | null;
  facts: Record<string, unknown>;
  version: number;
  createdAt: string;
  updatedAt: string;
}
