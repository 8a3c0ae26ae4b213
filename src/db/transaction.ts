import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

export type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Runs `work` in a transaction, or inside the caller's one when it already holds a transaction, so that a
 * service can be called alone (its own transaction) or as part of a larger write such as an import.
 */
export function inTransaction<T>(db: Executor, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}
