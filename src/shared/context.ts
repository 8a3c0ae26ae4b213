import type { Executor } from '../db/transaction.js';

/** What every service call needs: where to read and write, and who is acting (recorded in the audit log). */
export interface ServiceContext {
  db: Executor;
  actor: string;
}
