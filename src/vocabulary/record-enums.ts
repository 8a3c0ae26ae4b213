/** Enumerations of the record itself (statuses, levels, kinds), shared by the schema, validation and the UI. */
import { z } from 'zod';

export const INCIDENT_STATUSES = ['draft', 'reviewed', 'verified', 'disputed', 'retracted'] as const;
export const incidentStatusSchema = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** public: may be published; restricted: case members; confidential: cleared roles only. */
export const CONFIDENTIALITY_LEVELS = ['public', 'restricted', 'confidential'] as const;
export const confidentialitySchema = z.enum(CONFIDENTIALITY_LEVELS);
export type Confidentiality = (typeof CONFIDENTIALITY_LEVELS)[number];

export const SOURCE_KINDS = [
  'ngo',
  'media',
  'government',
  'international',
  'individual',
  'dataset',
  'other',
] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS);

export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const reliabilitySchema = z.enum(RELIABILITY);

export const DOCUMENT_KINDS = [
  'report',
  'article',
  'press_release',
  'testimony',
  'video',
  'dataset',
  'letter',
  'other',
] as const;
export const documentKindSchema = z.enum(DOCUMENT_KINDS);

export const FIGURE_QUALIFIERS = [
  'exact',
  'at_least',
  'at_most',
  'about',
  'more_than',
  'less_than',
  'almost',
] as const;
export const figureQualifierSchema = z.enum(FIGURE_QUALIFIERS);

export const USER_ROLES = ['admin', 'editor', 'researcher', 'viewer'] as const;
export const userRoleSchema = z.enum(USER_ROLES);
