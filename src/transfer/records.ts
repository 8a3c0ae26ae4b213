/**
 * The shape of each table in the lossless JSON export (`dalil export --format json`): column names as in the
 * database, dates as YYYY-MM-DD, timestamps as ISO strings. Import validates every record against these
 * before writing anything; the database's own constraints are the second line.
 */
import { z } from 'zod';
import {
  confidentialitySchema,
  documentKindSchema,
  figureQualifierSchema,
  incidentStatusSchema,
  reliabilitySchema,
  sourceKindSchema,
} from '../vocabulary/record-enums.js';
import {
  actorKindSchema,
  datePrecisionSchema,
  eventTypeSchema,
  geoPrecisionSchema,
  timeOfDaySchema,
  victimRoleSchema,
} from '../vocabulary/vocabulary.js';
import { httpUrl, isoDate, uuid } from '../shared/schemas.js';

const timestamp = z.iso.datetime({ offset: true });
const editable = { version: z.number().int().min(1), created_at: timestamp, updated_at: timestamp };
const int = z.number().int();
const json = z.unknown();

export const TRANSFER_TABLES = {
  cases: z.strictObject({
    id: uuid,
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/),
    title: z.string().min(1).max(300),
    description: z.string(),
    confidentiality: confidentialitySchema,
    ...editable,
  }),
  places: z.strictObject({
    id: uuid,
    gazetteer_id: z.string().nullable(),
    name: z.string().min(1),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable(),
    admin1: z.string().nullable(),
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    alternate_names: z.array(z.string()),
    ...editable,
  }),
  sources: z.strictObject({
    id: uuid,
    name: z.string().min(1),
    kind: sourceKindSchema,
    reliability: reliabilitySchema,
    url: httpUrl(4000).nullable(),
    ...editable,
  }),
  actors: z.strictObject({
    id: uuid,
    kind: actorKindSchema,
    name: z.string().min(1),
    names: z.array(z.object({ value: z.string() }).loose()),
    aliases: z.array(z.string()),
    professional_role: victimRoleSchema.nullable(),
    affiliation_id: uuid.nullable(),
    description: z.string(),
    name_public: z.boolean(),
    name_public_reason: z.string().nullable(),
    ...editable,
  }),
  documents: z.strictObject({
    id: uuid,
    case_id: uuid.nullable(),
    source_id: uuid.nullable(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
    kind: documentKindSchema,
    title: z.string(),
    url: httpUrl(4000).nullable(),
    language: z.string().nullable(),
    published_on: isoDate.nullable(),
    file_name: z.string().nullable(),
    media_type: z.string().nullable(),
    byte_length: int.nullable(),
    text: z.string(),
    pages: z.array(z.object({ n: int, start: int, end: int })),
    ...editable,
  }),
  incidents: z.strictObject({
    id: uuid,
    case_id: uuid,
    title: z.string().min(1).max(500),
    description: z.string(),
    date_start: isoDate.nullable(),
    date_end: isoDate.nullable(),
    date_precision: datePrecisionSchema,
    time_of_day: timeOfDaySchema.nullable(),
    place_id: uuid.nullable(),
    place_detail: z.string().nullable(),
    geo_precision: geoPrecisionSchema,
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    event_type: eventTypeSchema,
    status: incidentStatusSchema,
    confidentiality: confidentialitySchema,
    killed: int.min(0).nullable(),
    injured: int.min(0).nullable(),
    merged_into_id: uuid.nullable(),
    facts: z.record(z.string(), json),
    ...editable,
  }),
  acts: z.strictObject({
    id: uuid,
    incident_id: uuid,
    perpetrator_id: uuid.nullable(),
    perpetrator_label: z.string().nullable(),
    victim_id: uuid.nullable(),
    victim_label: z.string().nullable(),
    victim_role: victimRoleSchema.nullable(),
    victim_count: int.min(0).nullable(),
    act_type: z.string().min(1),
    methods: z.array(z.string()),
    facts: z.record(z.string(), json),
    killed: int.min(0).nullable(),
    injured: int.min(0).nullable(),
    severity: z.string().nullable(),
    ...editable,
  }),
  figures: z.strictObject({
    id: uuid,
    case_id: uuid,
    incident_id: uuid.nullable(),
    what: z.string().min(1),
    measure_key: z.string().nullable(),
    value: z.number(),
    qualifier: figureQualifierSchema,
    as_of: isoDate.nullable(),
    place_id: uuid.nullable(),
    reported_by_id: uuid.nullable(),
    reported_by: z.string().nullable(),
    ...editable,
  }),
  citations: z.strictObject({
    id: uuid,
    document_id: uuid,
    incident_id: uuid.nullable(),
    act_id: uuid.nullable(),
    figure_id: uuid.nullable(),
    quote: z.string().min(1),
    start_offset: int.min(0).nullable(),
    end_offset: int.min(0).nullable(),
    page: int.min(1).nullable(),
    footnote_number: int.nullable(),
    footnote_url: httpUrl(4000).nullable(),
    credibility: int.min(1).max(6),
    derived_from_id: uuid.nullable(),
    ...editable,
  }),
  merges: z.strictObject({
    id: uuid,
    case_id: uuid,
    target_id: uuid,
    source_id: uuid,
    field_values: z.array(json),
    undo_snapshot: z.record(z.string(), json),
    merged_by: z.string().min(1),
    merged_at: timestamp,
    undone_by: z.string().nullable(),
    undone_at: timestamp.nullable(),
  }),
  evidence_files: z.strictObject({
    id: uuid,
    case_id: uuid,
    incident_id: uuid.nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    file_name: z.string(),
    media_type: z.string(),
    byte_length: int.min(0),
    collected_at: timestamp,
    collector: z.string(),
    source_url: httpUrl(4000).nullable(),
    description: z.string(),
    metadata: z.record(z.string(), json),
    verification: z.enum(['unverified', 'partial', 'verified', 'disputed']),
    ...editable,
  }),
  custody_events: z.strictObject({
    id: uuid,
    evidence_file_id: uuid,
    at: timestamp,
    actor: z.string(),
    action: z.string(),
    purpose: z.string(),
    hash_before: z.string().nullable(),
    hash_after: z.string().nullable(),
  }),
  allegations: z.strictObject({
    id: uuid,
    case_id: uuid,
    title: z.string(),
    perpetrator_label: z.string().nullable(),
    perpetrator_id: uuid.nullable(),
    authority: z.string().nullable(),
    authority_kind: z.string().nullable(),
    grounds: z.array(json),
    authority_reason: z.string().nullable(),
    priority: z.enum(['urgent', 'high', 'normal']).nullable(),
    proposal_key: z.string().nullable(),
    checklist: z.array(json),
    ...editable,
  }),
  allegation_acts: z.strictObject({ allegation_id: uuid, act_id: uuid }),
  allegation_steps: z.strictObject({
    id: uuid,
    allegation_id: uuid,
    kind: z.string(),
    outcome: z.string().nullable(),
    date: isoDate,
    recorded_by: z.string(),
    note: z.string(),
    evidence_document_id: uuid.nullable(),
    out_of_order_reason: z.string().nullable(),
    corrects_step_id: uuid.nullable(),
    created_at: timestamp,
    details: z.record(z.string(), json),
  }),
  allegation_policies: z.strictObject({
    id: uuid,
    case_id: uuid,
    policy: z.object({ rules: z.array(json) }).loose(),
    ...editable,
  }),
  assessments: z.strictObject({
    id: uuid,
    act_id: uuid,
    rule_id: z.string(),
    instrument: z.string(),
    paragraphs: z.array(z.string()),
    finding: z.string(),
    explanation: z.string(),
    missing_facts: z.array(z.string()),
    reviewed_finding: z.string().nullable(),
    review_reason: z.string().nullable(),
    reviewed_by: z.string().nullable(),
    reviewed_at: timestamp.nullable(),
    ...editable,
  }),
  proposals: z.strictObject({
    id: uuid,
    document_id: uuid,
    kind: z.enum(['incident', 'figure', 'actor']),
    fingerprint: z.string(),
    payload: z.record(z.string(), json),
    status: z.enum(['pending', 'accepted', 'rejected', 'merged']),
    record_id: uuid.nullable(),
    ...editable,
  }),
} as const;

export type TransferTable = keyof typeof TRANSFER_TABLES;

/** Tables in an order where every reference points at a table already written. */
export const TRANSFER_ORDER = Object.keys(TRANSFER_TABLES) as TransferTable[];

/** Columns that point into their own table: written in a second pass, once every row exists. */
export const SELF_REFERENCES: Partial<Record<TransferTable, string>> = {
  actors: 'affiliation_id',
  incidents: 'merged_into_id',
  citations: 'derived_from_id',
  allegation_steps: 'corrects_step_id',
};

/** Columns stored as jsonb: written as JSON text. */
export const JSON_COLUMNS: ReadonlySet<string> = new Set([
  'names',
  'pages',
  'facts',
  'metadata',
  'grounds',
  'payload',
  'field_values',
  'undo_snapshot',
  'checklist',
  'details',
  'policy',
]);

/** The key that orders rows in an export, so two exports of the same record are byte-identical. */
export const ORDER_KEY: Partial<Record<TransferTable, string[]>> = {
  allegation_acts: ['allegation_id', 'act_id'],
};

export const EXPORT_FORMAT = 'dalil-export';
export const EXPORT_VERSION = 1;
