import type { Executor } from '../db/transaction.js';

/** What every service call needs: where to read and write, and who is acting (recorded in the audit log). */
export interface ServiceContext {
  db: Executor;
  actor: string;
  /**
   * The incident confidentiality levels the reader may see; absent means all (the CLI's operator, an admin,
   * a cleared member). Set from the request's access check, never from input.
   */
  levels?: readonly string[];
}
