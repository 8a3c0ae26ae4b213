/**
 * Each act's effective findings (a reviewer's finding in place of the computed one) in a form the case
 * summary counts without reading every finding: the rules with a violation, those with a possible violation,
 * the kinds of finding, and whether the assembly's character would settle one. Rows stamped before these
 * columns existed are dropped, so those acts count as stale and are assessed again.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM act_assessment_state`.execute(db);
  await sql`ALTER TABLE act_assessment_state
    ADD COLUMN violations text[] NOT NULL DEFAULT '{}',
    ADD COLUMN possible_violations text[] NOT NULL DEFAULT '{}',
    ADD COLUMN kinds text[] NOT NULL DEFAULT '{}',
    ADD COLUMN needs_character boolean NOT NULL DEFAULT false`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE act_assessment_state
    DROP COLUMN violations, DROP COLUMN possible_violations, DROP COLUMN kinds, DROP COLUMN needs_character`.execute(
    db,
  );
}
