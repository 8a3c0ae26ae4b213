/**
 * Allegation tracking: what the record needs beyond the first schema. Step details (official response,
 * remedy, who was convicted), the investigation checklist, the proposal that produced an allegation, and a
 * per-case deadline policy (the organisation's own, never law). An act belongs to at most one allegation,
 * so two people proposing at the same time cannot both claim it.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE allegations
    ADD COLUMN authority_reason text,
    ADD COLUMN priority text CHECK (priority IN ('urgent', 'high', 'normal')),
    ADD COLUMN proposal_key text,
    ADD COLUMN checklist jsonb NOT NULL DEFAULT '[]'`.execute(db);
  await sql`ALTER TABLE allegation_steps ADD COLUMN details jsonb NOT NULL DEFAULT '{}'`.execute(db);
  await sql`CREATE UNIQUE INDEX allegation_acts_act_idx ON allegation_acts (act_id)`.execute(db);
  await sql`CREATE INDEX allegations_case_idx ON allegations (case_id)`.execute(db);
  await sql`CREATE TABLE allegation_policies (
    id uuid PRIMARY KEY,
    case_id uuid NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
    policy jsonb NOT NULL,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS allegation_policies`.execute(db);
  await sql`DROP INDEX IF EXISTS allegations_case_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS allegation_acts_act_idx`.execute(db);
  await sql`ALTER TABLE allegation_steps DROP COLUMN IF EXISTS details`.execute(db);
  await sql`ALTER TABLE allegations
    DROP COLUMN IF EXISTS authority_reason,
    DROP COLUMN IF EXISTS priority,
    DROP COLUMN IF EXISTS proposal_key,
    DROP COLUMN IF EXISTS checklist`.execute(db);
}
