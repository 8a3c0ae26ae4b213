/** Reads the citations behind an incident and its acts, with the document and source each one rests on. */
import type { Citation as EngineCitation, Credibility, Reliability } from '../corroborate/index.js';
import type { Executor } from '../db/transaction.js';

/** One citation with what a reader needs to check it: the quote, the document, the source and its reliability. */
export interface CitationEvidence {
  id: string;
  /** What it supports: the incident itself or one of its acts. */
  on: 'incident' | 'act';
  actId: string | null;
  quote: string;
  page: number | null;
  footnoteNumber: number | null;
  footnoteUrl: string | null;
  credibility: number;
  derivedFromId: string | null;
  document: {
    id: string;
    title: string;
    url: string | null;
    language: string | null;
    publishedOn: string | null;
  };
  source: { id: string; name: string; reliability: string; url: string | null } | null;
}

export interface LoadedEvidence {
  evidence: CitationEvidence[];
  /** The same citations as the engine sees them. */
  engine: EngineCitation[];
}

/** Citations on the incident and on its acts, oldest first. */
export async function loadIncidentEvidence(db: Executor, incidentId: string): Promise<LoadedEvidence> {
  const rows = await db
    .selectFrom('citations as c')
    .innerJoin('documents as d', 'd.id', 'c.document_id')
    .leftJoin('sources as s', 's.id', 'd.source_id')
    .select([
      'c.id',
      'c.incident_id',
      'c.act_id',
      'c.quote',
      'c.page',
      'c.footnote_number',
      'c.footnote_url',
      'c.credibility',
      'c.derived_from_id',
      'c.created_at',
      'd.id as document_id',
      'd.title as document_title',
      'd.url as document_url',
      'd.language',
      'd.published_on',
      'd.text as document_text',
      's.id as source_id',
      's.name as source_name',
      's.reliability',
      's.url as source_url',
    ])
    .where((eb) =>
      eb.or([
        eb('c.incident_id', '=', incidentId),
        eb('c.act_id', 'in', eb.selectFrom('acts').select('id').where('incident_id', '=', incidentId)),
      ]),
    )
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
  const evidence: CitationEvidence[] = rows.map((r) => ({
    id: r.id,
    on: r.act_id ? 'act' : 'incident',
    actId: r.act_id,
    quote: r.quote,
    page: r.page,
    footnoteNumber: r.footnote_number,
    footnoteUrl: r.footnote_url,
    credibility: r.credibility,
    derivedFromId: r.derived_from_id,
    document: {
      id: r.document_id,
      title: r.document_title,
      url: r.document_url,
      language: r.language,
      publishedOn: r.published_on,
    },
    source: r.source_id
      ? { id: r.source_id, name: r.source_name!, reliability: r.reliability!, url: r.source_url }
      : null,
  }));
  const engine: EngineCitation[] = rows.map((r) => ({
    id: r.id,
    documentId: r.document_id,
    // A document without a known source stands for itself.
    sourceId: r.source_id ?? `document:${r.document_id}`,
    sourceName: r.source_name ?? r.document_title,
    reliability: (r.reliability ?? 'F') as Reliability,
    credibility: r.credibility as Credibility,
    ...(r.document_url && { url: r.document_url }),
    // The whole document's text, so a republished article is recognised however short the quote.
    text: r.document_text || r.quote,
    ...(r.derived_from_id && { derivedFromCitationId: r.derived_from_id }),
    ...(r.published_on && { publishedAt: r.published_on }),
  }));
  return { evidence, engine };
}
