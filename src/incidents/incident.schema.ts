import { z } from 'zod';
import { confidentialitySchema, incidentStatusSchema } from '../vocabulary/record-enums.js';
import {
  actorKindSchema,
  datePrecisionSchema,
  eventTypeSchema,
  geoPrecisionSchema,
  methodSchema,
  timeOfDaySchema,
  victimRoleSchema,
} from '../vocabulary/vocabulary.js';
import { FINDING_KINDS } from '../standards/finding.js';
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

/** How many distinct sources an incident's citations come from: a facet of the list. */
export const SOURCE_COUNTS = ['none', 'one', 'several'] as const;
export type SourceCount = (typeof SOURCE_COUNTS)[number];

/** Columns the list sorts by, on the server. */
export const INCIDENT_SORTS = ['date', 'title', 'place', 'type', 'status', 'harm'] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];

const filterFields = {
  caseId: uuid.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  place: z.string().max(200).optional(),
  type: eventTypeSchema.optional(),
  status: incidentStatusSchema.optional(),
  /** Full text in English and Russian: the incident's title and description, and its actors' names. */
  text: z.string().max(200).optional(),
  /** The kind of actor (police, military…) who did one of the incident's acts. */
  perpetratorKind: actorKindSchema.optional(),
  /** The professional role (journalist, medic…) of a victim of one of its acts. */
  victimRole: victimRoleSchema.optional(),
  method: methodSchema.optional(),
  /** How many distinct sources its citations come from (the corroboration panel judges independence). */
  sources: z.enum(SOURCE_COUNTS).optional(),
  /** A stored standards finding (the reviewer's when reviewed) on one of its acts. */
  finding: z.enum(FINDING_KINDS).optional(),
};

export const incidentFilter = z.strictObject({
  ...filterFields,
  sort: z.enum(INCIDENT_SORTS).default('date'),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export const incidentFacetFilter = z.strictObject(filterFields);
export type IncidentFacetFilter = z.input<typeof incidentFacetFilter>;
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
