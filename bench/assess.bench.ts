/**
 * Standards assessment on a large case: synthetic incidents (one act each) imported into a PGlite data folder
 * (or PostgreSQL with BENCH_DB=postgres and DATABASE_URL), then
 * - assess-all: the first `POST /api/cases/:id/assess` (every act stale), 500 acts per transaction;
 * - the case summary read with nothing changed (median of three), and after 100 acts were edited;
 * - re-assessing every act with nothing changed (`?all=true`): what each summary read used to cost.
 * BENCH_ASSESS_SIZES sets the sizes (default "10000,100000").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { runCaseAssessment, summariseCase } from '../src/assessments/assessment.service.js';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createTestDatabase } from '../src/test/databases.js';
import { importRecord } from '../src/transfer/import.js';
import { syntheticRecord } from './lib/synthetic-record.js';

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const n = (x: number) => Math.round(x).toLocaleString('en');

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await work();
  return [result, seconds(start)];
}

async function openBenchDatabase() {
  if (process.env.BENCH_DB === 'postgres') {
    const server = await createTestDatabase('postgres');
    return { db: server.db, label: 'PostgreSQL', close: server.dispose };
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dalil-bench-assess-'));
  const lite = await openDatabase({ url: folder });
  await migrateToLatest(lite.db);
  return {
    db: lite.db,
    label: 'PGlite (data folder)',
    close: async () => {
      await lite.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function benchSize(incidents: number): Promise<void> {
  const database = await openBenchDatabase();
  try {
    const ctx = { db: database.db, actor: 'bench' };
    const record = syntheticRecord(incidents);
    const caseId = (record.tables.cases[0] as { id: string }).id;
    await importRecord(ctx, record);
    console.log(`\n${n(incidents)} incidents (${n(record.tables.acts.length)} acts), ${database.label}`);

    const [run, assessAll] = await timed(() => runCaseAssessment(ctx, caseId));
    const findings = Number(
      (
        await database.db
          .selectFrom('assessments')
          .select(sql<string>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    console.log(
      `assess-all (first run): ${assessAll.toFixed(1)} s, ${n(run.assessed / assessAll)} acts/s, ` +
        `${n(findings)} findings stored and audited (${n(findings / assessAll)}/s), ${run.batches} transactions`,
    );

    const reads: number[] = [];
    let text = '';
    for (let i = 0; i < 3; i++) {
      const [summary, took] = await timed(() => summariseCase(ctx, caseId));
      reads.push(took);
      text = summary.text;
    }
    console.log(`summary read, nothing changed: ${(median(reads) * 1000).toFixed(0)} ms (median of 3)`);
    console.log(`  "${text}"`);

    // 100 acts edited (a new fact, a new version each), as reviewers would.
    await sql`UPDATE acts SET version = version + 1,
      facts = facts || '{"impact_site": "legs", "investigation_opened": false}'::jsonb
      WHERE id IN (SELECT id FROM acts ORDER BY id LIMIT 100)`.execute(database.db);
    const [edited, afterEdit] = await timed(() => summariseCase(ctx, caseId));
    console.log(
      `summary read after 100 acts were edited (re-assesses them): ${(afterEdit * 1000).toFixed(0)} ms, stale after: ${edited.stale}`,
    );

    const [again, recomputeAll] = await timed(() => runCaseAssessment(ctx, caseId, { all: true }));
    console.log(
      `re-assess every act, nothing changed (the old per-read cost): ${recomputeAll.toFixed(1)} s, ` +
        `${n(again.assessed / recomputeAll)} acts/s, ${again.changed} changed`,
    );
  } finally {
    await database.close();
  }
}

export default async function assessBench(): Promise<void> {
  const sizes = (process.env.BENCH_ASSESS_SIZES ?? '10000,100000').split(',').map(Number);
  for (const size of sizes) await benchSize(size);
}
