/** Citations tie a fact (incident, act or figure) to the words of a document that support it. */
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.js';
import type { Row } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { type Citation, citationInput } from './citation.schema.js';

export function toCitation(row: Row<'citations'>): Citation {
  return {
    id: row.id,
    documentId: row.document_id,
    incidentId: row.incident_id,
    actId: row.act_id,
    figureId: row.figure_id,
    quote: row.quote,
    startOffset: row.start_offset,
    endOffset: row.end_offset,
    page: row.page,
    footnoteNumber: row.footnote_number,
    footnoteUrl: row.footnote_url,
    credibility: row.credibility,
    derivedFromId: row.derived_from_id,
    version: row.version,
  };
}

const foldSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function createCitation(ctx: ServiceContext, raw: unknown): Promise<Citation> {
  const input = parseInput(citationInput, raw);
  return inTransaction(ctx.db, async (trx) => {
    const document = await trx
      .selectFrom('documents')
      .select(['id', 'text'])
      .where('id', '=', input.documentId)
      .executeTakeFirst();
    if (!document)
      throw new AppError('not_found', `documentId: document ${input.documentId} was not found`, 'documentId');
    // A quote that claims a place in the text must really stand there: provenance is the point.
    if (input.startOffset != null && input.endOffset != null && document.text) {
      const there = document.text.slice(input.startOffset, input.endOffset);
      if (foldSpace(there) !== foldSpace(input.quote)) {
        throw new AppError(
          'validation_failed',
          'quote: does not match the document text at startOffset..endOffset',
          'quote',
        );
      }
    }
    const row = await trx
      .insertInto('citations')
      .values({
        id: randomUUID(),
        document_id: input.documentId,
        incident_id: input.incidentId ?? null,
        act_id: input.actId ?? null,
        figure_id: input.figureId ?? null,
        quote: input.quote,
        start_offset: input.startOffset ?? null,
        end_offset: input.endOffset ?? null,
        page: input.page ?? null,
        footnote_number: input.footnoteNumber ?? null,
        footnote_url: input.footnoteUrl ?? null,
        credibility: input.credibility,
        derived_from_id: input.derivedFromId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const citation = toCitation(row);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'citation.create',
      entity: 'citation',
      entityId: citation.id,
      after: citation,
    });
    return citation;
  });
}

/** Every citation of an incident: its own, its acts' and its figures'. */
export async function listCitationsForIncident(ctx: ServiceContext, incidentId: string): Promise<Citation[]> {
  const rows = await ctx.db
    .selectFrom('citations')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('incident_id', '=', incidentId),
        eb('act_id', 'in', eb.selectFrom('acts').select('id').where('incident_id', '=', incidentId)),
        eb('figure_id', 'in', eb.selectFrom('figures').select('id').where('incident_id', '=', incidentId)),
      ]),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toCitation);
}
