/** Documents: the items a source published (report, article, testimony), with their extracted text. */
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.js';
import type { Row } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { type DocumentSummary, type DocumentWithText, documentInput } from './document.schema.js';

export function toDocumentSummary(row: Omit<Row<'documents'>, 'text' | 'pages'>): DocumentSummary {
  return {
    id: row.id,
    caseId: row.case_id,
    sourceId: row.source_id,
    sha256: row.sha256,
    kind: row.kind,
    title: row.title,
    url: row.url,
    language: row.language,
    publishedOn: row.published_on,
    fileName: row.file_name,
    mediaType: row.media_type,
    byteLength: row.byte_length,
    version: row.version,
    createdAt: row.created_at,
  };
}

export async function createDocument(ctx: ServiceContext, raw: unknown): Promise<DocumentWithText> {
  const input = parseInput(documentInput, raw);
  return inTransaction(ctx.db, async (trx) => {
    if (input.sha256) {
      const same = await trx
        .selectFrom('documents')
        .select('id')
        .where('sha256', '=', input.sha256)
        .where('case_id', input.caseId ? '=' : 'is', input.caseId ?? null)
        .executeTakeFirst();
      if (same)
        throw new AppError('duplicate', `this file is already document ${same.id}`, 'sha256', {
          documentId: same.id,
        });
    }
    const row = await trx
      .insertInto('documents')
      .values({
        id: randomUUID(),
        case_id: input.caseId ?? null,
        source_id: input.sourceId ?? null,
        sha256: input.sha256 ?? null,
        kind: input.kind,
        title: input.title,
        url: input.url ?? null,
        language: input.language ?? null,
        published_on: input.publishedOn ?? null,
        file_name: input.fileName ?? null,
        media_type: input.mediaType ?? null,
        byte_length: input.byteLength ?? null,
        text: input.text ?? '',
        pages: JSON.stringify(input.pages ?? []),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const document = { ...toDocumentSummary(row), text: row.text, pages: row.pages };
    // The text itself can be megabytes: the audit entry records its size and hash-bearing summary.
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'document.create',
      entity: 'document',
      entityId: row.id,
      after: { ...toDocumentSummary(row), textLength: row.text.length },
    });
    return document;
  });
}

export async function getDocument(ctx: ServiceContext, id: string): Promise<DocumentWithText> {
  const row = await ctx.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('document', id);
  return { ...toDocumentSummary(row), text: row.text, pages: row.pages };
}

export async function listDocuments(
  ctx: ServiceContext,
  filter: { caseId?: string } = {},
): Promise<DocumentSummary[]> {
  let query = ctx.db
    .selectFrom('documents')
    .select([
      'id',
      'case_id',
      'source_id',
      'sha256',
      'kind',
      'title',
      'url',
      'language',
      'published_on',
      'file_name',
      'media_type',
      'byte_length',
      'version',
      'created_at',
      'updated_at',
    ]);
  if (filter.caseId) query = query.where('case_id', '=', filter.caseId);
  return (await query.orderBy('created_at').orderBy('id').execute()).map(toDocumentSummary);
}
