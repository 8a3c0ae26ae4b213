/**
 * Merges of duplicate incidents. A merge keeps what became of every field (values that agreed, values that
 * conflict and stay side by side with their citations) and a snapshot of both incidents and of what moved, so
 * it can be undone exactly. An undone merge is kept, marked with who undid it and when.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE merges (
    id uuid PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
    target_id uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    source_id uuid NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    field_values jsonb NOT NULL DEFAULT '[]',
    undo_snapshot jsonb NOT NULL,
    merged_by text NOT NULL,
    merged_at timestamptz NOT NULL DEFAULT now(),
    undone_by text,
    undone_at timestamptz,
    CHECK (target_id <> source_id),
    CHECK ((undone_by IS NULL) = (undone_at IS NULL))
  )`.execute(db);
  await sql`CREATE INDEX merges_target_idx ON merges (target_id)`.execute(db);
  // An incident can be merged away only once at a time.
  await sql`CREATE UNIQUE INDEX merges_active_source_idx ON merges (source_id) WHERE undone_at IS NULL`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS merges`.execute(db);
}
