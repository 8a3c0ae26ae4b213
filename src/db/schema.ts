/**
 * Kysely's view of the tables created by src/db/migrations. Dates are 'YYYY-MM-DD' strings, timestamps ISO
 * strings (see connect.ts), so rows look the same on PGlite and on a PostgreSQL server.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;
type Json<T = unknown> = ColumnType<T, string, string>;

interface Editable {
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CasesTable extends Editable {
  id: string;
  slug: string;
  title: string;
  description: Generated<string>;
  confidentiality: Generated<string>;
}

export interface PlacesTable extends Editable {
  id: string;
  gazetteer_id: string | null;
  name: string;
  country: string | null;
  admin1: string | null;
  latitude: number | null;
  longitude: number | null;
  alternate_names: Generated<string[]>;
}

export interface ActorName {
  value: string;
  script?: string;
  lang?: string;
}

export interface ActorsTable extends Editable {
  id: string;
  kind: string;
  name: string;
  names: Json<ActorName[]>;
  aliases: Generated<string[]>;
  professional_role: string | null;
  affiliation_id: string | null;
  description: Generated<string>;
  name_public: Generated<boolean>;
  name_public_reason: string | null;
}

export interface SourcesTable extends Editable {
  id: string;
  name: string;
  kind: Generated<string>;
  reliability: Generated<string>;
  url: string | null;
}

export interface DocumentsTable extends Editable {
  id: string;
  case_id: string | null;
  source_id: string | null;
  sha256: string | null;
  kind: Generated<string>;
  title: string;
  url: string | null;
  language: string | null;
  published_on: string | null;
  file_name: string | null;
  media_type: string | null;
  byte_length: number | null;
  text: Generated<string>;
  pages: Json<{ n: number; start: number; end: number }[]>;
}

export interface IncidentsTable extends Editable {
  id: string;
  case_id: string;
  title: string;
  description: Generated<string>;
  date_start: string | null;
  date_end: string | null;
  date_precision: Generated<string>;
  time_of_day: string | null;
  place_id: string | null;
  place_detail: string | null;
  geo_precision: Generated<string>;
  latitude: number | null;
  longitude: number | null;
  event_type: string;
  status: Generated<string>;
  confidentiality: Generated<string>;
  killed: number | null;
  injured: number | null;
  merged_into_id: string | null;
  /** Assembly-level facts the standards read (src/standards/facts.ts, incidentFactsSchema). */
  facts: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface ActsTable extends Editable {
  id: string;
  incident_id: string;
  perpetrator_id: string | null;
  perpetrator_label: string | null;
  victim_id: string | null;
  victim_label: string | null;
  victim_role: string | null;
  victim_count: number | null;
  act_type: string;
  methods: Generated<string[]>;
  facts: Json<Record<string, unknown>>;
  killed: number | null;
  injured: number | null;
  severity: string | null;
}

export interface FiguresTable extends Editable {
  id: string;
  case_id: string;
  incident_id: string | null;
  what: string;
  measure_key: string | null;
  value: number;
  qualifier: Generated<string>;
  as_of: string | null;
  place_id: string | null;
  reported_by_id: string | null;
  reported_by: string | null;
}

export interface CitationsTable extends Editable {
  id: string;
  document_id: string;
  incident_id: string | null;
  act_id: string | null;
  figure_id: string | null;
  quote: string;
  start_offset: number | null;
  end_offset: number | null;
  page: number | null;
  footnote_number: number | null;
  footnote_url: string | null;
  credibility: Generated<number>;
  derived_from_id: string | null;
}

export interface EvidenceFilesTable extends Editable {
  id: string;
  case_id: string;
  incident_id: string | null;
  sha256: string;
  file_name: string;
  media_type: string;
  byte_length: number;
  collected_at: string;
  collector: string;
  source_url: string | null;
  description: Generated<string>;
  metadata: Json<Record<string, unknown>>;
  verification: Generated<string>;
}

export interface CustodyEventsTable {
  id: string;
  evidence_file_id: string;
  at: string;
  actor: string;
  action: string;
  purpose: Generated<string>;
  hash_before: string | null;
  hash_after: string | null;
}

export interface AllegationsTable extends Editable {
  id: string;
  case_id: string;
  title: string;
  perpetrator_label: string | null;
  perpetrator_id: string | null;
  authority: string | null;
  authority_kind: string | null;
  grounds: Json<unknown[]>;
  authority_reason: string | null;
  priority: string | null;
  /** The proposal rule's key for the acts it grouped; null for an allegation entered by hand. */
  proposal_key: string | null;
  /** Investigation checklist answers (src/allegations/engine/checklist.ts). */
  checklist: ColumnType<unknown[], string | undefined, string>;
}

export interface AllegationActsTable {
  allegation_id: string;
  act_id: string;
}

export interface AllegationStepsTable {
  id: string;
  allegation_id: string;
  kind: string;
  outcome: string | null;
  date: string;
  recorded_by: string;
  note: Generated<string>;
  evidence_document_id: string | null;
  out_of_order_reason: string | null;
  corrects_step_id: string | null;
  created_at: Timestamp;
  /** Kind-specific fields: response, followUp, remedy, convicted. */
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
}

/** A case's deadline policy for allegations (the organisation's own rules, never law). */
export interface AllegationPoliciesTable {
  id: string;
  case_id: string;
  policy: Json<{ rules: unknown[] }>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AssessmentsTable extends Editable {
  id: string;
  act_id: string;
  rule_id: string;
  instrument: string;
  paragraphs: string[];
  finding: string;
  explanation: string;
  missing_facts: Generated<string[]>;
  reviewed_finding: string | null;
  review_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

export interface ProposalsTable extends Editable {
  id: string;
  document_id: string;
  kind: string;
  fingerprint: string;
  payload: Json<Record<string, unknown>>;
  status: Generated<string>;
  record_id: string | null;
}

export interface UsersTable extends Editable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  role: string;
  totp_secret: string | null;
  failed_logins: Generated<number>;
  locked_until: string | null;
  disabled_at: string | null;
  totp_confirmed_at: string | null;
  totp_last_step: number | null;
  last_login_at: string | null;
}

export interface CaseMembersTable {
  case_id: string;
  user_id: string;
  role: string;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: string;
  revoked_at: string | null;
  last_seen_at: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  scopes: Generated<string[]>;
  created_at: Timestamp;
  last_used_at: string | null;
  revoked_at: string | null;
  expires_at: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Json | null;
  after: Json | null;
  prev_hash: string;
  hash: string;
}

/** What each act was last assessed on (src/assessments): stale when a version or the rules changed. */
export interface ActAssessmentStateTable {
  act_id: string;
  act_version: number;
  incident_id: string;
  incident_version: number;
  perpetrator_version: number | null;
  engine: string;
  assessed_at: Generated<string>;
  /** The act's effective findings, as the case summary counts them. */
  violations: Generated<string[]>;
  possible_violations: Generated<string[]>;
  kinds: Generated<string[]>;
  needs_character: Generated<boolean>;
}

/** A merge of one incident into another, with what to show and what it takes to undo it. */
export interface MergesTable {
  id: string;
  case_id: string;
  target_id: string;
  source_id: string;
  field_values: Json<unknown[]>;
  undo_snapshot: Json<Record<string, unknown>>;
  merged_by: string;
  merged_at: Timestamp;
  undone_by: string | null;
  undone_at: string | null;
}

export interface Database {
  cases: CasesTable;
  places: PlacesTable;
  actors: ActorsTable;
  sources: SourcesTable;
  documents: DocumentsTable;
  incidents: IncidentsTable;
  acts: ActsTable;
  figures: FiguresTable;
  citations: CitationsTable;
  merges: MergesTable;
  evidence_files: EvidenceFilesTable;
  custody_events: CustodyEventsTable;
  allegations: AllegationsTable;
  allegation_acts: AllegationActsTable;
  allegation_steps: AllegationStepsTable;
  allegation_policies: AllegationPoliciesTable;
  assessments: AssessmentsTable;
  act_assessment_state: ActAssessmentStateTable;
  proposals: ProposalsTable;
  users: UsersTable;
  case_members: CaseMembersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowUpdate<T extends keyof Database> = Updateable<Database[T]>;
