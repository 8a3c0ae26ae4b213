/** Applies the migration set (src/db/migrations) with Kysely's migrator; the same set on PGlite and PostgreSQL. */
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import { AppError } from '../shared/errors.js';
import type { Db } from './connect.js';
import * as record from './migrations/20261128_1300_record.js';
import * as merges from './migrations/20261128_1420_merges.js';
import * as incidentFacts from './migrations/20261128_1400_incident_facts.js';
import * as allegations from './migrations/20261128_1410_allegations.js';
import * as incidentSearch from './migrations/20261128_1730_incident_search.js';
import * as accounts from './migrations/20261128_1500_accounts.js';
import * as assessmentState from './migrations/20261128_1700_assessment_state.js';
import * as assessmentCounts from './migrations/20261128_1710_assessment_counts.js';

// Listed in code rather than read from disk, so the compiled CLI and the tests see the same set.
const MIGRATIONS: Record<string, Migration> = {
  '20261128_1300_record': record,
  '20261128_1420_merges': merges,
  '20261128_1400_incident_facts': incidentFacts,
  '20261128_1410_allegations': allegations,
  '20261128_1730_incident_search': incidentSearch,
  '20261128_1500_accounts': accounts,
  '20261128_1700_assessment_state': assessmentState,
  '20261128_1710_assessment_counts': assessmentCounts,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'dalil_migrations',
    migrationLockTableName: 'dalil_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError(
      'internal',
      `migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
