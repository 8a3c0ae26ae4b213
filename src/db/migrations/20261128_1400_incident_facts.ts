/**
 * Incident-level facts: what the standards read about the assembly as a whole (participant violence, how the
 * sources characterise it, who was violent, whether police were present), as opposed to the facts of one act.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE incidents ADD COLUMN facts jsonb NOT NULL DEFAULT '{}'::jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE incidents DROP COLUMN facts`.execute(db);
}
