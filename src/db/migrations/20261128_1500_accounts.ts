/**
 * Accounts: what the first migration's users, sessions and tokens tables lacked to be used safely — a way to
 * disable an account without deleting its audit trail, a TOTP secret that only counts once confirmed (and
 * the last time step used, so a code cannot be replayed),
 * session activity, token expiry, and a per-case role for case members (the role column is constrained
 * to the four roles already).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE users
    ADD COLUMN disabled_at timestamptz,
    ADD COLUMN totp_confirmed_at timestamptz,
    ADD COLUMN totp_last_step bigint,
    ADD COLUMN last_login_at timestamptz,
    ADD CONSTRAINT users_email_lowercase CHECK (email = lower(email)),
    ADD CONSTRAINT users_totp_needs_secret CHECK (totp_confirmed_at IS NULL OR totp_secret IS NOT NULL)`.execute(
    db,
  );
  await sql`ALTER TABLE sessions
    ADD COLUMN last_seen_at timestamptz,
    ADD COLUMN user_agent text`.execute(db);
  await sql`CREATE INDEX sessions_user_idx ON sessions (user_id)`.execute(db);
  await sql`ALTER TABLE api_tokens
    ADD COLUMN expires_at timestamptz,
    ADD CONSTRAINT api_tokens_scopes_known CHECK (scopes <@ ARRAY['read','write']::text[])`.execute(db);
  await sql`CREATE INDEX api_tokens_user_idx ON api_tokens (user_id)`.execute(db);
  await sql`CREATE INDEX case_members_user_idx ON case_members (user_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS case_members_user_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS api_tokens_user_idx`.execute(db);
  await sql`ALTER TABLE api_tokens DROP CONSTRAINT IF EXISTS api_tokens_scopes_known, DROP COLUMN IF EXISTS expires_at`.execute(
    db,
  );
  await sql`DROP INDEX IF EXISTS sessions_user_idx`.execute(db);
  await sql`ALTER TABLE sessions DROP COLUMN IF EXISTS last_seen_at, DROP COLUMN IF EXISTS user_agent`.execute(
    db,
  );
  await sql`ALTER TABLE users
    DROP CONSTRAINT IF EXISTS users_totp_needs_secret,
    DROP CONSTRAINT IF EXISTS users_email_lowercase,
    DROP COLUMN IF EXISTS last_login_at,
    DROP COLUMN IF EXISTS totp_last_step,
    DROP COLUMN IF EXISTS totp_confirmed_at,
    DROP COLUMN IF EXISTS disabled_at`.execute(db);
}
