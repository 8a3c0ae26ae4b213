/**
 * When each act was last assessed, and on what: the versions of the act, its incident and its linked
 * perpetrator, and the fingerprint of the rules. An act whose stamp no longer matches is stale; the case
 * summary reads stored findings and recomputes only stale acts. Derived bookkeeping, not part of the export.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE act_assessment_state (
    act_id uuid PRIMARY KEY REFERENCES acts(id) ON DELETE CASCADE,
    act_version integer NOT NULL,
    incident_id uuid NOT NULL,
    incident_version integer NOT NULL,
    perpetrator_version integer,
    engine text NOT NULL,
    assessed_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS act_assessment_state`.execute(db);
}
