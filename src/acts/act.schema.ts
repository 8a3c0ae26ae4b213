import { z } from 'zod';
import { methodSchema, victimRoleSchema } from '../vocabulary/vocabulary.js';
import { expectedVersion, nonEmptyText, uuid } from '../shared/schemas.js';

export const HARM_SEVERITIES = [
  'none',
  'minor',
  'treated_injury',
  'serious_injury',
  'permanent_injury',
  'death',
] as const;

const actFields = {
  incidentId: uuid,
  perpetratorId: uuid.nullish(),
  /** How the source names the perpetrator ("police special forces") when no actor record is linked. */
  perpetratorLabel: z.string().max(300).nullish(),
  victimId: uuid.nullish(),
  victimLabel: z.string().max(300).nullish(),
  victimRole: victimRoleSchema.nullish(),
  victimCount: z.number().int().min(0).nullish(),
  actType: nonEmptyText(100),
  methods: z.array(methodSchema).max(30).optional(),
  /** The facts the standards rules read (src/standards/facts.ts); validated by the standards engine. */
  facts: z.record(z.string(), z.unknown()).optional(),
  killed: z.number().int().min(0).nullish(),
  injured: z.number().int().min(0).nullish(),
  severity: z.enum(HARM_SEVERITIES).nullish(),
};

export const actInput = z.strictObject(actFields);
export type ActInput = z.infer<typeof actInput>;
export const actUpdate = z
  .strictObject({ ...actFields, version: expectedVersion })
  .partial()
  .required({ version: true });

export interface Act {
  id: string;
  incidentId: string;
  perpetratorId: string | null;
  perpetratorLabel: string | null;
  victimId: string | null;
  victimLabel: string | null;
  victimRole: string | null;
  victimCount: number | null;
  actType: string;
  methods: string[];
  facts: Record<string, unknown>;
  killed: number | null;
  injured: number | null;
  severity: string | null;
  version: number;
}
