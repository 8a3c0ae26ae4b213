/**
 * Bulk import of synthetic incidents with acts, citations and figures through `importRecord` (validation,
 * one transaction, audit entry) into PGlite and, when DATABASE_URL is set, into PostgreSQL — where it is
 * compared with a raw COPY of the same rows in the same run. BENCH_INCIDENTS sets the size (100,000).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { from as copyTo } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createTestDatabase } from '../src/test/databases.js';
import { importRecord } from '../src/transfer/import.js';
import { JSON_COLUMNS, TRANSFER_ORDER } from '../src/transfer/records.js';
import { rowCount, syntheticRecord } from './lib/synthetic-record.js';

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

function csvValue(value: unknown, column: string): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (JSON_COLUMNS.has(column)) text = JSON.stringify(value);
  else if (Array.isArray(value))
    text = `{${value.map((v) => `"${String(v).replace(/"/g, '\\"')}"`).join(',')}}`;
  else
    text =
      typeof value === 'string'
        ? value
        : typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : '';
  return `"${text.replace(/"/g, '""')}"`;
}

async function copyRows(url: string, record: ReturnType<typeof syntheticRecord>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const table of TRANSFER_ORDER) {
      const rows = (record.tables as Record<string, Record<string, unknown>[]>)[table] ?? [];
      if (rows.length === 0) continue;
      const columns = Object.keys(rows[0]!);
      const stream = client.query(
        copyTo(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`) as never,
      ) as unknown as NodeJS.WritableStream;
      const lines = (function* () {
        for (const row of rows) yield `${columns.map((c) => csvValue(row[c], c)).join(',')}\n`;
      })();
      await pipeline(Readable.from(lines), stream);
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

export default async function importBench(): Promise<void> {
  const incidents = Number(process.env.BENCH_INCIDENTS ?? 100_000);
  const record = syntheticRecord(incidents);
  const rows = rowCount(record);
  console.log(`synthetic record: ${incidents} incidents, ${rows} rows in all`);

  const folder = mkdtempSync(path.join(os.tmpdir(), 'dalil-bench-'));
  try {
    const lite = await openDatabase({ url: folder });
    await migrateToLatest(lite.db);
    const start = process.hrtime.bigint();
    await importRecord({ db: lite.db, actor: 'bench' }, record);
    const took = seconds(start);
    await lite.close();
    console.log(
      `PGlite (data folder):  ${took.toFixed(1)} s  ${Math.round(rows / took).toLocaleString('en')} rows/s`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  if (!process.env.DATABASE_URL) {
    console.log('PostgreSQL: skipped (set DATABASE_URL to measure it and the raw COPY ratio)');
    return;
  }
  const server = await createTestDatabase('postgres');
  const copyTarget = await createTestDatabase('postgres');
  try {
    const start = process.hrtime.bigint();
    await importRecord({ db: server.db, actor: 'bench' }, record);
    const took = seconds(start);
    const copyStart = process.hrtime.bigint();
    await copyRows(copyTarget.url, record);
    const copyTook = seconds(copyStart);
    console.log(
      `PostgreSQL import:     ${took.toFixed(1)} s  ${Math.round(rows / took).toLocaleString('en')} rows/s`,
    );
    console.log(
      `PostgreSQL raw COPY:   ${copyTook.toFixed(1)} s  ${Math.round(rows / copyTook).toLocaleString('en')} rows/s`,
    );
    console.log(`import takes ${(took / copyTook).toFixed(1)}× the time of a raw COPY of the same rows`);
  } finally {
    await server.dispose();
    await copyTarget.dispose();
  }
}
