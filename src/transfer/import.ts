/**
 * Imports a lossless JSON export. All or nothing: every record is validated first, then everything is written
 * in one transaction; the first problem is reported with the table, the record's index and the field
 * (`incidents[3].event_type: must be one of …`), and the database is left as it was.
 */
import { createHash } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  JSON_COLUMNS,
  SELF_REFERENCES,
  TRANSFER_ORDER,
  TRANSFER_TABLES,
  type TransferTable,
} from './records.js';

const envelope = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}"` }),
  version: z.literal(EXPORT_VERSION, { error: `must be ${EXPORT_VERSION}` }),
  tables: z.partialRecord(
    z.enum(TRANSFER_ORDER as [TransferTable, ...TransferTable[]]),
    z.array(z.unknown()),
  ),
});

type Rows = Partial<Record<TransferTable, Record<string, unknown>[]>>;

const BATCH = 500;

export interface ImportSummary {
  counts: Partial<Record<TransferTable, number>>;
  sha256: string;
}

/** Parses the text of an export; a syntax error names the line. */
export function parseExportText(text: string, fileName = 'input'): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError('import_failed', `${fileName} is not valid JSON: ${message}`, fileName);
  }
}

/** Validates every record before anything is written. */
export function validateExport(raw: unknown): Rows {
  const doc = parseInput(envelope, raw);
  const rows: Rows = {};
  for (const table of TRANSFER_ORDER) {
    const list = doc.tables[table] ?? [];
    rows[table] = list.map(
      (record, index) =>
        parseInput(TRANSFER_TABLES[table], record, `${table}[${index}]`) as Record<string, unknown>,
    );
  }
  return rows;
}

function toColumns(row: Record<string, unknown>, nullColumn?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === nullColumn) out[key] = null;
    else out[key] = JSON_COLUMNS.has(key) ? JSON.stringify(value) : value;
  }
  return out;
}

// Finds which record a database error is about, from the key value PostgreSQL quotes in its detail.
function explainDbError(error: unknown, table: TransferTable, rows: Record<string, unknown>[]): AppError {
  const detail = (error as { detail?: string }).detail ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const keyValue = /=\(([^)]*)\)/.exec(detail)?.[1];
  const column = /Key \(([^)]*)\)/.exec(detail)?.[1];
  const index = keyValue && column ? rows.findIndex((r) => String(r[column]) === keyValue) : -1;
  const where = index >= 0 ? `${table}[${index}]${column ? `.${column}` : ''}` : table;
  return new AppError('import_failed', `${where}: ${message}${detail ? ` (${detail})` : ''}`, where);
}

async function insertTable(
  trx: Transaction<Database>,
  table: TransferTable,
  rows: Record<string, unknown>[],
) {
  const selfRef = SELF_REFERENCES[table];
  // Kysely cannot type a table chosen at run time; the names come from our own table list.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const untyped = trx as unknown as Kysely<any>;
  const name: string = table;
  try {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH).map((r) => toColumns(r, selfRef));
      await untyped.insertInto(name).values(batch).execute();
    }
    if (selfRef) {
      for (const row of rows) {
        if (row[selfRef] == null) continue;
        await untyped
          .updateTable(name)
          .set({ [selfRef]: row[selfRef] })
          .where('id', '=', row.id)
          .execute();
      }
    }
  } catch (error) {
    throw explainDbError(error, table, rows);
  }
}

export async function importRecord(ctx: ServiceContext, raw: unknown): Promise<ImportSummary> {
  const rows = validateExport(raw);
  const sha256 = createHash('sha256').update(JSON.stringify(raw)).digest('hex');
  const summary = await inTransaction(ctx.db, async (trx) => {
    const counts: ImportSummary['counts'] = {};
    for (const table of TRANSFER_ORDER) {
      const list = rows[table] ?? [];
      if (list.length === 0) continue;
      await insertTable(trx, table, list);
      counts[table] = list.length;
    }
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'record.import',
      entity: 'record',
      after: { counts, sha256 },
    });
    return { counts, sha256 };
  });
  // PGlite runs no autovacuum: without fresh statistics the planner would take a large import for a handful
  // of rows (nested loops over 100,000 incidents). The search index beside the incidents is filled by trigger.
  const analysed = Object.keys(summary.counts);
  if (analysed.includes('incidents')) analysed.push('incident_search');
  for (const table of analysed) await sql`ANALYZE ${sql.table(table)}`.execute(ctx.db);
  return summary;
}
