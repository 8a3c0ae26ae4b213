/**
 * The tamper-evident audit log. Every write appends one entry whose hash covers its content and the hash of
 * the entry before it; `verifyAuditLog` recomputes the chain and names the first entry that no longer fits.
 */
import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Executor } from '../db/transaction.js';
import type { Database, Row } from '../db/schema.js';
import { canonicalJson } from './canonical-json.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntryInput {
  actor: string;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

/** The hash of one entry: over its canonical content and the previous entry's hash. */
export function hashEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const content = canonicalJson({
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
  return createHash('sha256').update(entry.prevHash).update('\n').update(content).digest('hex');
}

// Round-trips a value through JSON so what we hash is exactly what jsonb stores and gives back.
const asStored = (value: unknown): unknown =>
  value === undefined ? null : JSON.parse(JSON.stringify(value));

/**
 * Appends an entry. Must run inside the transaction of the write it records, so both land or neither.
 * An advisory lock serialises writers, so two transactions never chain onto the same predecessor.
 */
export async function appendAudit(
  trx: Transaction<Database>,
  input: AuditEntryInput,
  now = new Date(),
): Promise<AuditEntry> {
  const [entry] = await appendAuditBatch(trx, [input], now);
  return entry!;
}

/**
 * Appends several entries in order, as `appendAudit` would one by one, with one lock and one multi-row
 * insert per thousand entries: for bulk writes (assessing a whole case) where an entry per record is kept.
 */
export async function appendAuditBatch(
  trx: Transaction<Database>,
  inputs: readonly AuditEntryInput[],
  now = new Date(),
): Promise<AuditEntry[]> {
  if (inputs.length === 0) return [];
  await sql`SELECT pg_advisory_xact_lock(7301)`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const entries = inputs.map((input) => {
    const partial: Omit<AuditEntry, 'hash'> = {
      seq: ++seq,
      at: now.toISOString(),
      actor: input.actor,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId ?? null,
      before: asStored(input.before),
      after: asStored(input.after),
      prevHash,
    };
    const entry = { ...partial, hash: hashEntry(partial) };
    prevHash = entry.hash;
    return entry;
  });
  for (let i = 0; i < entries.length; i += 1000)
    await trx
      .insertInto('audit_log')
      .values(
        entries.slice(i, i + 1000).map((entry) => ({
          seq: entry.seq,
          at: entry.at,
          actor: entry.actor,
          action: entry.action,
          entity: entry.entity,
          entity_id: entry.entityId,
          before: entry.before === null ? null : JSON.stringify(entry.before),
          after: entry.after === null ? null : JSON.stringify(entry.after),
          prev_hash: entry.prevHash,
          hash: entry.hash,
        })),
      )
      .execute();
  return entries;
}

export function toAuditEntry(row: Row<'audit_log'>): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export type AuditVerification =
  | { ok: true; entries: number; lastHash: string }
  | {
      ok: false;
      entries: number;
      firstBadSeq: number;
      problem: 'altered' | 'missing_or_reordered' | 'broken_link';
      message: string;
    };

/** Recomputes the whole chain, in pages, and reports the first entry that was altered, removed or reordered. */
export async function verifyAuditLog(db: Executor, pageSize = 5000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      const entry = toAuditEntry(row);
      count++;
      if (entry.seq !== expectedSeq) {
        return {
          ok: false,
          entries: count,
          firstBadSeq: expectedSeq,
          problem: 'missing_or_reordered',
          message: `audit entry ${expectedSeq} is missing (the next entry is ${entry.seq}): entries were deleted`,
        };
      }
      if (entry.prevHash !== prevHash) {
        return {
          ok: false,
          entries: count,
          firstBadSeq: entry.seq,
          problem: 'broken_link',
          message: `audit entry ${entry.seq} does not follow entry ${entry.seq - 1}: entries were removed, inserted or reordered`,
        };
      }
      if (hashEntry(entry) !== entry.hash) {
        return {
          ok: false,
          entries: count,
          firstBadSeq: entry.seq,
          problem: 'altered',
          message:
            `audit entry ${entry.seq} (${entry.action} ${entry.entity} ${entry.entityId ?? ''}) was altered after it was written`.trim(),
        };
      }
      prevHash = entry.hash;
      expectedSeq++;
    }
  }
  return { ok: true, entries: count, lastHash: prevHash };
}
