/**
 * The lossless JSON export: every table of the record, rows ordered by key, so that export → import into an
 * empty database → export gives byte-identical output. Accounts, sessions and the audit log are not part of
 * it (the audit log belongs to the database that wrote it; accounts carry secrets).
 */
import type { Executor } from '../db/transaction.js';
import { EXPORT_FORMAT, EXPORT_VERSION, ORDER_KEY, TRANSFER_ORDER, type TransferTable } from './records.js';

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  tables: Record<TransferTable, Record<string, unknown>[]>;
}

export async function exportRecord(db: Executor): Promise<ExportDocument> {
  const tables = {} as ExportDocument['tables'];
  for (const table of TRANSFER_ORDER) {
    let query = db.selectFrom(table).selectAll();
    for (const column of ORDER_KEY[table] ?? ['id']) {
      query = query.orderBy(column as never);
    }
    tables[table] = await query.execute();
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, tables };
}

/** The export as text: one stable serialisation, two-space indented. */
export function serialiseExport(doc: ExportDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
