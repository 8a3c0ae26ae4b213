/**
 * The record: cases, incidents, acts, actors, places, sources, documents, citations, figures, evidence and
 * its custody log, allegations and their steps, assessments, proposals, accounts, and the audit log.
 * Enumerations are CHECK constraints (the lists live in src/vocabulary); every editable table has `version`
 * for optimistic concurrency.
 */
import { type Kysely, sql } from 'kysely';
import {
  ACTOR_KINDS,
  DATE_PRECISIONS,
  EVENT_TYPES,
  GEO_PRECISIONS,
  TIMES_OF_DAY,
  VICTIM_ROLES,
} from '../../vocabulary/vocabulary.js';
import {
  CONFIDENTIALITY_LEVELS,
  DOCUMENT_KINDS,
  FIGURE_QUALIFIERS,
  INCIDENT_STATUSES,
  SOURCE_KINDS,
  USER_ROLES,
} from '../../vocabulary/record-enums.js';

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`);

// Shared column groups, so every editable table carries them the same way.
const editable = sql.raw(`version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE cases (
    id uuid PRIMARY KEY,
    slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,80}$'),
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    description text NOT NULL DEFAULT '',
    confidentiality text NOT NULL DEFAULT 'restricted' ${oneOf('confidentiality', CONFIDENTIALITY_LEVELS)},
    ${editable}
  )`.execute(db);

  await sql`CREATE TABLE places (
    id uuid PRIMARY KEY,
    gazetteer_id text UNIQUE,
    name text NOT NULL,
    country text CHECK (country ~ '^[A-Z]{2}$'),
    admin1 text,
    latitude double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude double precision CHECK (longitude BETWEEN -180 AND 180),
    alternate_names text[] NOT NULL DEFAULT '{}',
    ${editable}
  )`.execute(db);

  await sql`CREATE TABLE actors (
    id uuid PRIMARY KEY,
    kind text NOT NULL ${oneOf('kind', ACTOR_KINDS)},
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    names jsonb NOT NULL DEFAULT '[]',
    aliases text[] NOT NULL DEFAULT '{}',
    professional_role text ${oneOf('professional_role', VICTIM_ROLES)},
    affiliation_id uuid REFERENCES actors(id) ON DELETE SET NULL,
    description text NOT NULL DEFAULT '',
    name_public boolean NOT NULL DEFAULT false,
    name_public_reason text,
    ${editable}
  )`.execute(db);
  await sql`CREATE INDEX actors_name_idx ON actors (lower(name))`.execute(db);

  await sql`CREATE TABLE sources (
    id uuid PRIMARY KEY,
    name text NOT NULL UNIQUE,
    kind text NOT NULL DEFAULT 'other' ${oneOf('kind', SOURCE_KINDS)},
    reliability text NOT NULL DEFAULT 'F' CHECK (reliability IN ('A','B','C','D','E','F')),
    url text,
    ${editable}
  )`.execute(db);

  await sql`CREATE TABLE documents (
    id uuid PRIMARY KEY,
    case_id uuid REFERENCES cases(id) ON DELETE RESTRICT,
    source_id uuid REFERENCES sources(id) ON DELETE SET NULL,
    sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    kind text NOT NULL DEFAULT 'report' ${oneOf('kind', DOCUMENT_KINDS)},
    title text NOT NULL,
    url text,
    language text,
    published_on date,
    file_name text,
    media_type text,
    byte_length integer,
    text text NOT NULL DEFAULT '',
    pages jsonb NOT NULL DEFAULT '[]',
    ${editable}
  )`.execute(db);
  await sql`CREATE UNIQUE INDEX documents_sha256_case_idx ON documents (case_id, sha256) WHERE sha256 IS NOT NULL`.execute(
    db,
  );

  await sql`CREATE TABLE incidents (
    id uuid PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
    title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    description text NOT NULL DEFAULT '',
    date_start date,
    date_end date,
    date_precision text NOT NULL DEFAULT 'day' ${oneOf('date_precision', DATE_PRECISIONS)},
    time_of_day text ${oneOf('time_of_day', TIMES_OF_DAY)},
    place_id uuid REFERENCES places(id) ON DELETE RESTRICT,
    place_detail text,
    geo_precision text NOT NULL DEFAULT 'city' ${oneOf('geo_precision', GEO_PRECISIONS)},
    latitude double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude double precision CHECK (longitude BETWEEN -180 AND 180),
    event_type text NOT NULL ${oneOf('event_type', EVENT_TYPES)},
    status text NOT NULL DEFAULT 'draft' ${oneOf('status', INCIDENT_STATUSES)},
    confidentiality text NOT NULL DEFAULT 'restricted' ${oneOf('confidentiality', CONFIDENTIALITY_LEVELS)},
    killed integer CHECK (killed >= 0),
    injured integer CHECK (injured >= 0),
    merged_into_id uuid REFERENCES incidents(id) ON DELETE SET NULL,
    ${editable},
    CHECK (date_end IS NULL OR date_start IS NULL OR date_end >= date_start),
    CHECK (date_precision <> 'night' OR date_end = date_start + 1)
  )`.execute(db);
  await sql`CREATE INDEX incidents_case_date_idx ON incidents (case_id, date_start, id)`.execute(db);
  await sql`CREATE INDEX incidents_place_idx ON incidents (place_id)`.execute(db);
  await sql`CREATE INDEX incidents_type_idx ON incidents (case_id, event_type)`.execute(db);

  await sql`CREATE TABLE acts (
    id uuid PRIMARY KEY,
    incident_id uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    perpetrator_id uuid REFERENCES actors(id) ON DELETE RESTRICT,
    perpetrator_label text,
    victim_id uuid REFERENCES actors(id) ON DELETE RESTRICT,
    victim_label text,
    victim_role text ${oneOf('victim_role', VICTIM_ROLES)},
    victim_count integer CHECK (victim_count >= 0),
    act_type text NOT NULL,
    methods text[] NOT NULL DEFAULT '{}',
    facts jsonb NOT NULL DEFAULT '{}',
    killed integer CHECK (killed >= 0),
    injured integer CHECK (injured >= 0),
    severity text CHECK (severity IN ('none','minor','treated_injury','serious_injury','permanent_injury','death')),
    ${editable}
  )`.execute(db);
  await sql`CREATE INDEX acts_incident_idx ON acts (incident_id)`.execute(db);
  await sql`CREATE INDEX acts_perpetrator_idx ON acts (perpetrator_id)`.execute(db);
  await sql`CREATE INDEX acts_victim_idx ON acts (victim_id)`.execute(db);

  await sql`CREATE TABLE figures (
    id uuid PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
    incident_id uuid REFERENCES incidents(id) ON DELETE SET NULL,
    what text NOT NULL CHECK (length(what) BETWEEN 1 AND 300),
    measure_key text,
    value double precision NOT NULL,
    qualifier text NOT NULL DEFAULT 'exact' ${oneOf('qualifier', FIGURE_QUALIFIERS)},
    as_of date,
    place_id uuid REFERENCES places(id) ON DELETE RESTRICT,
    reported_by_id uuid REFERENCES actors(id) ON DELETE SET NULL,
    reported_by text,
    ${editable}
  )`.execute(db);
  await sql`CREATE INDEX figures_case_idx ON figures (case_id, measure_key, as_of)`.execute(db);

  await sql`CREATE TABLE citations (
    id uuid PRIMARY KEY,
    document_id uuid NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
    incident_id uuid REFERENCES incidents(id) ON DELETE CASCADE,
    act_id uuid REFERENCES acts(id) ON DELETE CASCADE,
    figure_id uuid REFERENCES figures(id) ON DELETE CASCADE,
    quote text NOT NULL,
    start_offset integer CHECK (start_offset >= 0),
    end_offset integer CHECK (end_offset >= start_offset),
    page integer CHECK (page >= 1),
    footnote_number integer,
    footnote_url text,
    credibility smallint NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6),
    derived_from_id uuid REFERENCES citations(id) ON DELETE SET NULL,
    ${editable},
    CHECK (num_nonnulls(incident_id, act_id, figure_id) = 1)
  )`.execute(db);
  await sql`CREATE INDEX citations_incident_idx ON citations (incident_id)`.execute(db);
  await sql`CREATE INDEX citations_act_idx ON citations (act_id)`.execute(db);
  await sql`CREATE INDEX citations_figure_idx ON citations (figure_id)`.execute(db);
  await sql`CREATE INDEX citations_document_idx ON citations (document_id)`.execute(db);

  await sql`CREATE TABLE evidence_files (
    id uuid PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
    incident_id uuid REFERENCES incidents(id) ON DELETE SET NULL,
    sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    file_name text NOT NULL,
    media_type text NOT NULL,
    byte_length bigint NOT NULL CHECK (byte_length >= 0),
    collected_at timestamptz NOT NULL,
    collector text NOT NULL,
    source_url text,
    description text NOT NULL DEFAULT '',
    metadata jsonb NOT NULL DEFAULT '{}',
    verification text NOT NULL DEFAULT 'unverified' CHECK (verification IN ('unverified','partial','verified','disputed')),
    ${editable}
  )`.execute(db);

  // Custody is append-only: the database itself refuses to change or remove an entry.
  await sql`CREATE TABLE custody_events (
    id uuid PRIMARY KEY,
    evidence_file_id uuid NOT NULL REFERENCES evidence_files(id) ON DELETE RESTRICT,
    at timestamptz NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    purpose text NOT NULL DEFAULT '',
    hash_before text,
    hash_after text
  )`.execute(db);
  await sql`CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`.execute(db);
  await sql`CREATE TRIGGER custody_events_append_only BEFORE UPDATE OR DELETE ON custody_events
    FOR EACH ROW EXECUTE FUNCTION refuse_change()`.execute(db);

  await sql`CREATE TABLE allegations (
    id uuid PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
    title text NOT NULL,
    perpetrator_label text,
    perpetrator_id uuid REFERENCES actors(id) ON DELETE SET NULL,
    authority text,
    authority_kind text,
    grounds jsonb NOT NULL DEFAULT '[]',
    ${editable}
  )`.execute(db);
  await sql`CREATE TABLE allegation_acts (
    allegation_id uuid NOT NULL REFERENCES allegations(id) ON DELETE CASCADE,
    act_id uuid NOT NULL REFERENCES acts(id) ON DELETE RESTRICT,
    PRIMARY KEY (allegation_id, act_id)
  )`.execute(db);
  await sql`CREATE TABLE allegation_steps (
    id uuid PRIMARY KEY,
    allegation_id uuid NOT NULL REFERENCES allegations(id) ON DELETE CASCADE,
    kind text NOT NULL,
    outcome text,
    date date NOT NULL,
    recorded_by text NOT NULL,
    note text NOT NULL DEFAULT '',
    evidence_document_id uuid REFERENCES documents(id) ON DELETE RESTRICT,
    out_of_order_reason text,
    corrects_step_id uuid REFERENCES allegation_steps(id) ON DELETE RESTRICT,
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX allegation_steps_allegation_idx ON allegation_steps (allegation_id, date)`.execute(
    db,
  );

  await sql`CREATE TABLE assessments (
    id uuid PRIMARY KEY,
    act_id uuid NOT NULL REFERENCES acts(id) ON DELETE CASCADE,
    rule_id text NOT NULL,
    instrument text NOT NULL,
    paragraphs text[] NOT NULL,
    finding text NOT NULL,
    explanation text NOT NULL,
    missing_facts text[] NOT NULL DEFAULT '{}',
    reviewed_finding text,
    review_reason text,
    reviewed_by text,
    reviewed_at timestamptz,
    ${editable},
    UNIQUE (act_id, rule_id)
  )`.execute(db);

  await sql`CREATE TABLE proposals (
    id uuid PRIMARY KEY,
    document_id uuid NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('incident','figure','actor')),
    fingerprint text NOT NULL,
    payload jsonb NOT NULL,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','accepted','rejected','merged')),
    record_id uuid,
    ${editable},
    UNIQUE (document_id, fingerprint)
  )`.execute(db);

  await sql`CREATE TABLE users (
    id uuid PRIMARY KEY,
    email text NOT NULL UNIQUE,
    display_name text NOT NULL,
    password_hash text,
    role text NOT NULL ${oneOf('role', USER_ROLES)},
    totp_secret text,
    failed_logins integer NOT NULL DEFAULT 0,
    locked_until timestamptz,
    ${editable}
  )`.execute(db);
  await sql`CREATE TABLE case_members (
    case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role text NOT NULL ${oneOf('role', USER_ROLES)},
    PRIMARY KEY (case_id, user_id)
  )`.execute(db);
  await sql`CREATE TABLE sessions (
    id uuid PRIMARY KEY,
    token_hash text NOT NULL UNIQUE,
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
  )`.execute(db);
  await sql`CREATE TABLE api_tokens (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name text NOT NULL,
    token_hash text NOT NULL UNIQUE,
    scopes text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at timestamptz
  )`.execute(db);

  // The audit log: each entry's hash covers its content and the previous entry's hash.
  await sql`CREATE TABLE audit_log (
    seq bigint PRIMARY KEY,
    at timestamptz NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    entity text NOT NULL,
    entity_id text,
    before jsonb,
    after jsonb,
    prev_hash text NOT NULL,
    hash text NOT NULL UNIQUE
  )`.execute(db);
  await sql`CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id)`.execute(db);
  await sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'audit_log',
    'api_tokens',
    'sessions',
    'case_members',
    'users',
    'proposals',
    'assessments',
    'allegation_steps',
    'allegation_acts',
    'allegations',
    'custody_events',
    'evidence_files',
    'citations',
    'figures',
    'acts',
    'incidents',
    'documents',
    'sources',
    'actors',
    'places',
    'cases',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
  await sql`DROP FUNCTION IF EXISTS refuse_change()`.execute(db);
}
