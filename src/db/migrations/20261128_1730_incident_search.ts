/**
 * Full-text search of incidents in English and Russian, and what the incident list's facets filter on.
 * The 'russian' text-search configuration stems Cyrillic words with the Russian stemmer and Latin words with
 * the English one, so one index serves both languages (PGlite ships it too). Actors are searched by every
 * name they carry (name, names in other scripts, aliases), so a search in Cyrillic finds an incident written
 * in Latin letters through the actors in its acts. Nothing is added to the exported tables.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // jsonb_path_query_array and to_tsvector with a fixed configuration are immutable; array_to_string is
  // declared stable only because of element types whose output can change, which text is not.
  await sql`CREATE FUNCTION dalil_actor_search(name text, names jsonb, aliases text[]) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT to_tsvector('russian'::regconfig,
        name || ' ' || jsonb_path_query_array(names, '$[*].value')::text || ' ' || array_to_string(aliases, ' '))
    $$`.execute(db);
  await sql`CREATE INDEX actors_search_idx ON actors USING gin (dalil_actor_search(name, names, aliases))`.execute(
    db,
  );
  // The incident's words as a stored tsvector beside it, kept by a trigger: a search then reads the GIN index
  // and the stored vectors, never stemming 100,000 texts again. A side table, not a column, so the export
  // format is unchanged; the trigger fills it for imports too.
  await sql`CREATE TABLE incident_search (
    incident_id uuid PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE,
    words tsvector NOT NULL
  )`.execute(db);
  await sql`CREATE FUNCTION incident_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO incident_search (incident_id, words)
        VALUES (NEW.id, to_tsvector('russian'::regconfig, NEW.title || ' ' || NEW.description))
        ON CONFLICT (incident_id) DO UPDATE SET words = EXCLUDED.words;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER incident_search_sync AFTER INSERT OR UPDATE OF title, description ON incidents
    FOR EACH ROW EXECUTE FUNCTION incident_search_sync()`.execute(db);
  await sql`INSERT INTO incident_search (incident_id, words)
    SELECT id, to_tsvector('russian'::regconfig, title || ' ' || description) FROM incidents`.execute(db);
  await sql`CREATE INDEX incident_search_words_idx ON incident_search USING gin (words)`.execute(db);
  // Facets: what the acts of an incident say (perpetrator kind, victim role, method) and its assessments.
  await sql`CREATE INDEX acts_methods_idx ON acts USING gin (methods)`.execute(db);
  await sql`CREATE INDEX incidents_case_status_idx ON incidents (case_id, status)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS incidents_case_status_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS acts_methods_idx`.execute(db);
  await sql`DROP TRIGGER IF EXISTS incident_search_sync ON incidents`.execute(db);
  await sql`DROP FUNCTION IF EXISTS incident_search_sync()`.execute(db);
  await sql`DROP TABLE IF EXISTS incident_search`.execute(db);
  await sql`DROP INDEX IF EXISTS actors_search_idx`.execute(db);
  await sql`DROP FUNCTION IF EXISTS dalil_actor_search(text, jsonb, text[])`.execute(db);
}
