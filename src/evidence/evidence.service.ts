/**
 * Evidence files (Berkeley Protocol): the original is kept untouched under its SHA-256, apart from any
 * working copy; every handling is appended to a custody log the database refuses to change; re-hashing
 * checks the original is still what was collected.
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.js';
import type { Row } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { FileStore } from '../files/file-store.js';
import { safeFileName } from '../files/safe-name.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { httpUrl, nonEmptyText, uuid } from '../shared/schemas.js';
import { parseInput } from '../shared/validate.js';

export const evidenceInput = z.strictObject({
  caseId: uuid,
  incidentId: uuid.nullish(),
  fileName: nonEmptyText(255),
  mediaType: z.string().max(200).optional(),
  collector: nonEmptyText(200),
  /** When the item was collected (UTC); distinct from the original's own time, kept in metadata. */
  collectedAt: z.iso.datetime({ offset: true }).optional(),
  sourceUrl: httpUrl(4000).nullish(),
  description: z.string().max(10_000).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});

export const custodyInput = z.strictObject({
  action: z.enum(['accessed', 'copied', 'transferred', 'analysed', 'exported', 'note']),
  purpose: nonEmptyText(1000),
});

export interface EvidenceFile {
  id: string;
  caseId: string;
  incidentId: string | null;
  sha256: string;
  fileName: string;
  mediaType: string;
  byteLength: number;
  collectedAt: string;
  collector: string;
  sourceUrl: string | null;
  description: string;
  metadata: Record<string, unknown>;
  verification: string;
  version: number;
}

export interface CustodyEvent {
  id: string;
  at: string;
  actor: string;
  action: string;
  purpose: string;
  hashBefore: string | null;
  hashAfter: string | null;
}

const toEvidence = (row: Row<'evidence_files'>): EvidenceFile => ({
  id: row.id,
  caseId: row.case_id,
  incidentId: row.incident_id,
  sha256: row.sha256,
  fileName: row.file_name,
  mediaType: row.media_type,
  byteLength: Number(row.byte_length),
  collectedAt: row.collected_at,
  collector: row.collector,
  sourceUrl: row.source_url,
  description: row.description,
  metadata: row.metadata,
  verification: row.verification,
  version: row.version,
});

const toCustody = (row: Row<'custody_events'>): CustodyEvent => ({
  id: row.id,
  at: row.at,
  actor: row.actor,
  action: row.action,
  purpose: row.purpose,
  hashBefore: row.hash_before,
  hashAfter: row.hash_after,
});

type Ctx = ServiceContext & { files: FileStore };

/** Registers an item of evidence: stores the original, records its hash and the first custody entry. */
export async function registerEvidence(
  ctx: Ctx,
  bytes: Uint8Array,
  raw: unknown,
  now = new Date(),
): Promise<EvidenceFile> {
  const parsed = parseInput(evidenceInput, raw);
  // The name is only ever shown (the original is stored under its hash), but shown plainly, from any caller.
  const input = { ...parsed, fileName: safeFileName(parsed.fileName) };
  if (bytes.byteLength === 0) throw new AppError('file_empty', `${input.fileName} is empty`, 'file');
  const { sha256 } = await ctx.files.put(bytes);
  return inTransaction(ctx.db, async (trx) => {
    const kase = await trx.selectFrom('cases').select('id').where('id', '=', input.caseId).executeTakeFirst();
    if (!kase) throw new AppError('not_found', `caseId: case ${input.caseId} was not found`, 'caseId');
    const row = await trx
      .insertInto('evidence_files')
      .values({
        id: randomUUID(),
        case_id: input.caseId,
        incident_id: input.incidentId ?? null,
        sha256,
        file_name: input.fileName,
        media_type: input.mediaType ?? 'application/octet-stream',
        byte_length: bytes.byteLength,
        collected_at: input.collectedAt ?? now.toISOString(),
        collector: input.collector,
        source_url: input.sourceUrl ?? null,
        description: input.description ?? '',
        metadata: JSON.stringify(input.metadata ?? {}),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('custody_events')
      .values({
        id: randomUUID(),
        evidence_file_id: row.id,
        at: now.toISOString(),
        actor: ctx.actor,
        action: 'collected',
        purpose: 'registered in Dalil',
        hash_before: null,
        hash_after: sha256,
      })
      .execute();
    const evidence = toEvidence(row);
    await appendAudit(
      trx,
      {
        actor: ctx.actor,
        action: 'evidence.register',
        entity: 'evidence',
        entityId: row.id,
        after: evidence,
      },
      now,
    );
    return evidence;
  });
}

export async function getEvidence(
  ctx: ServiceContext,
  id: string,
): Promise<EvidenceFile & { custody: CustodyEvent[] }> {
  const row = await ctx.db.selectFrom('evidence_files').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('evidence file', id);
  const custody = await ctx.db
    .selectFrom('custody_events')
    .selectAll()
    .where('evidence_file_id', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return { ...toEvidence(row), custody: custody.map(toCustody) };
}

export async function listEvidence(ctx: ServiceContext, caseId: string): Promise<EvidenceFile[]> {
  return (
    await ctx.db
      .selectFrom('evidence_files')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('collected_at')
      .orderBy('id')
      .execute()
  ).map(toEvidence);
}

/** Appends a custody entry (who handled it, how, why); entries are never changed or removed. */
export async function recordCustody(
  ctx: ServiceContext,
  evidenceId: string,
  raw: unknown,
  now = new Date(),
): Promise<CustodyEvent> {
  const input = parseInput(custodyInput, raw);
  return inTransaction(ctx.db, async (trx) => {
    const evidence = await getEvidence({ ...ctx, db: trx }, evidenceId);
    const row = await trx
      .insertInto('custody_events')
      .values({
        id: randomUUID(),
        evidence_file_id: evidenceId,
        at: now.toISOString(),
        actor: ctx.actor,
        action: input.action,
        purpose: input.purpose,
        hash_before: evidence.sha256,
        hash_after: evidence.sha256,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(
      trx,
      {
        actor: ctx.actor,
        action: 'evidence.custody',
        entity: 'evidence',
        entityId: evidenceId,
        after: toCustody(row),
      },
      now,
    );
    return toCustody(row);
  });
}

/** Re-hashes the stored original and records the result in the custody log. */
export async function verifyEvidence(
  ctx: Ctx,
  evidenceId: string,
  now = new Date(),
): Promise<{ intact: boolean; sha256: string; found: string | null }> {
  const evidence = await getEvidence(ctx, evidenceId);
  const bytes = await ctx.files.get(evidence.sha256).catch(() => null);
  const found = bytes ? createHash('sha256').update(bytes).digest('hex') : null;
  const intact = found === evidence.sha256;
  await inTransaction(ctx.db, async (trx) => {
    await trx
      .insertInto('custody_events')
      .values({
        id: randomUUID(),
        evidence_file_id: evidenceId,
        at: now.toISOString(),
        actor: ctx.actor,
        action: intact ? 'rehashed' : 'integrity_failure',
        purpose: 'periodic re-hash',
        hash_before: evidence.sha256,
        hash_after: found,
      })
      .execute();
    await appendAudit(
      trx,
      {
        actor: ctx.actor,
        action: 'evidence.verify',
        entity: 'evidence',
        entityId: evidenceId,
        after: { intact, found },
      },
      now,
    );
  });
  return { intact, sha256: evidence.sha256, found };
}
