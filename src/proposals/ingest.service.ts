/**
 * Ingest: a researcher drops in a report; Dalil keeps the original untouched (content-addressed), stores its
 * text with page offsets, and turns what the extraction engine finds into proposals for review. Ingesting the
 * same file twice is a no-op that says so; re-running extraction never duplicates a proposal.
 */
import { createHash, randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.js';
import { inTransaction } from '../db/transaction.js';
import { createDocument, toDocumentSummary } from '../documents/document.service.js';
import type { DocumentSummary } from '../documents/document.schema.js';
import { extract, type Extraction } from '../extract/index.js';
import type { FileStore } from '../files/file-store.js';
import { safeFileName } from '../files/safe-name.js';
import { parseDocument } from '../ingest/parse-document.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError } from '../shared/errors.js';
import { bestMatch, caseIncidentsForMatching, proposalAsIncident } from './match-existing.js';
import type { ProposalPayload } from './proposal.types.js';

export interface IngestContext extends ServiceContext {
  files: FileStore;
}

export interface IngestInput {
  bytes: Uint8Array;
  fileName: string;
  caseId: string;
  url?: string | null;
  sourceId?: string | null;
}

export interface IngestResult {
  document: DocumentSummary;
  /** True when this exact file was already in the case: nothing was written. */
  duplicate: boolean;
  proposals: { incidents: number; figures: number; actors: number; offeredMerges: number };
  warnings: string[];
}

/** A proposal's identity within its document: the same finding at the same place is the same proposal. */
export function fingerprint(payload: ProposalPayload): string {
  const item =
    payload.kind === 'incident'
      ? payload.incident
      : payload.kind === 'figure'
        ? payload.figure
        : payload.actor;
  // One sentence can carry several figures ("reached 245 on 8 October up from 53"): the value tells them apart.
  const detail =
    payload.kind === 'actor'
      ? payload.actor.name
      : payload.kind === 'figure'
        ? `${payload.figure.value}|${payload.figure.what}`
        : '';
  const key = `${payload.kind}|${item.span[0]}|${item.span[1]}|${item.quote}|${detail}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

export function proposalsFrom(extraction: Extraction): ProposalPayload[] {
  return [
    ...extraction.incidents.map((incident) => ({ kind: 'incident' as const, incident })),
    ...extraction.figures.map((figure) => ({ kind: 'figure' as const, figure })),
    ...extraction.actors.map((actor) => ({ kind: 'actor' as const, actor })),
  ];
}

/** Writes the proposals of a document, skipping those it already has; returns how many are new. */
export async function storeProposals(
  ctx: ServiceContext,
  documentId: string,
  caseId: string | null,
  extraction: Extraction,
) {
  return inTransaction(ctx.db, async (trx) => {
    const existing = caseId ? await caseIncidentsForMatching(trx, caseId) : [];
    const counts = { incidents: 0, figures: 0, actors: 0, offeredMerges: 0 };
    for (const payload of proposalsFrom(extraction)) {
      const id = randomUUID();
      if (payload.kind === 'incident') {
        payload.match = bestMatch(proposalAsIncident(id, payload.incident), existing);
      }
      const inserted = await trx
        .insertInto('proposals')
        .values({
          id,
          document_id: documentId,
          kind: payload.kind,
          fingerprint: fingerprint(payload),
          payload: JSON.stringify(payload),
        })
        .onConflict((oc) => oc.columns(['document_id', 'fingerprint']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) continue;
      if (payload.kind === 'incident') {
        counts.incidents++;
        if (payload.match) counts.offeredMerges++;
      } else if (payload.kind === 'figure') counts.figures++;
      else counts.actors++;
    }
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'proposals.extract',
      entity: 'document',
      entityId: documentId,
      after: counts,
    });
    return counts;
  });
}

export async function ingestFile(ctx: IngestContext, raw: IngestInput): Promise<IngestResult> {
  // The name is only ever shown (the original is stored under its hash), but shown plainly, from any caller.
  const input = { ...raw, fileName: safeFileName(raw.fileName) };
  const kase = await ctx.db
    .selectFrom('cases')
    .select('id')
    .where('id', '=', input.caseId)
    .executeTakeFirst();
  if (!kase) throw new AppError('not_found', `case ${input.caseId} was not found`, 'caseId');
  const parsed = await parseDocument(input.bytes, input.fileName);
  const already = await ctx.db
    .selectFrom('documents')
    .selectAll()
    .where('case_id', '=', input.caseId)
    .where('sha256', '=', parsed.sha256)
    .executeTakeFirst();
  if (already) {
    return {
      document: toDocumentSummary(already),
      duplicate: true,
      proposals: { incidents: 0, figures: 0, actors: 0, offeredMerges: 0 },
      warnings: [
        `${input.fileName} was already ingested as document ${already.id} ("${already.title}"); nothing was changed`,
      ],
    };
  }
  const extraction = extract(parsed.text, {
    fileName: input.fileName,
    publishedAt: parsed.publishedAt,
    language: parsed.language,
  });
  await ctx.files.put(input.bytes);
  return inTransaction(ctx.db, async (trx) => {
    const document = await createDocument(
      { ...ctx, db: trx },
      {
        caseId: input.caseId,
        sourceId: input.sourceId ?? null,
        sha256: parsed.sha256,
        title: parsed.title ?? extraction.document.title ?? input.fileName,
        url: input.url ?? null,
        language: parsed.language === 'und' ? null : parsed.language,
        publishedOn: extraction.document.published?.slice(0, 10) ?? parsed.publishedAt,
        fileName: input.fileName,
        mediaType: parsed.mediaType,
        byteLength: parsed.byteLength,
        text: parsed.text,
        pages: parsed.pages,
      },
    );
    const counts = await storeProposals({ ...ctx, db: trx }, document.id, input.caseId, extraction);
    return {
      document,
      duplicate: false,
      proposals: counts,
      warnings: [...parsed.warnings, ...extraction.warnings.map((w) => w.message)],
    };
  });
}
