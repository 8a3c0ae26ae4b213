/**
 * Allegation tracking: what the record needs beyond the first schema. Step details (official response,
 * remedy, who was convicted), the investigation checklist, the proposal that produced an allegation, and a
 * per-case deadline policy (the organisation's own, never law). An act belongs to at most one allegation,
 * so two people proposing at the same time cannot both claim it. Steps are append-only in the database too.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE allegations
    ADD COLUMN authority_reason text,
    ADD COLUMN priority text CHECK (priority IN ('urgent', 'high', 'normal')),
    ADD COLUMN proposal_key text,
    ADD COLUMN checklist jsonb NOT NULL DEFAULT '[]'`.execute(db);
  await sql`ALTER TABLE allegation_steps ADD COLUMN details jsonb NOT NULL DEFAULT '{}'`.execute(db);
  // Steps are history: a correction is a new step, so the database refuses to change or remove one. The one
  // update allowed is filling in corrects_step_id, which an import writes in a second pass.
  await sql`CREATE FUNCTION allegation_steps_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.corrects_step_id IS NULL
        AND (to_jsonb(NEW) - 'corrects_step_id') = (to_jsonb(OLD) - 'corrects_step_id') THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'allegation steps are append-only: record a correction instead';
    END $$`.execute(db);
  await sql`CREATE TRIGGER allegation_steps_append_only BEFORE UPDATE OR DELETE ON allegation_steps
    FOR EACH ROW EXECUTE FUNCTION allegation_steps_append_only()`.execute(db);
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
  await sql`DROP TRIGGER IF EXISTS allegation_steps_append_only ON allegation_steps`.execute(db);
  await sql`DROP FUNCTION IF EXISTS allegation_steps_append_only()`.execute(db);
  await sql`DROP INDEX IF EXISTS allegations_case_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS allegation_acts_act_idx`.execute(db);
  await sql`ALTER TABLE allegation_steps DROP COLUMN IF EXISTS details`.execute(db);
  await sql`ALTER TABLE allegations
    DROP COLUMN IF EXISTS authority_reason,
    DROP COLUMN IF EXISTS priority,
    DROP COLUMN IF EXISTS proposal_key,
    DROP COLUMN IF EXISTS checklist`.execute(db);
}
