/**
 * Publications of a case: CSV, JSON, GeoJSON, ACLED-style CSV and the HTML report, redacted by default.
 * A public edition holds only the incidents marked public, of a case marked public. An unmasked edition,
 * for a named recipient, also holds restricted incidents (never confidential ones), keeps names and exact
 * places, and is recorded in the audit log with the recipient and the SHA-256 of what was handed over.
 */
import { createHash } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.js';
import { getCase } from '../cases/case.service.js';
import { inTransaction } from '../db/transaction.js';
import { loadRedactor, unmaskedRedactor } from '../redaction/index.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import type { Confidentiality } from '../vocabulary/record-enums.js';
import { buildPublication } from './build-publication.js';
import type { Edition, Publication, PublicationFormat } from './publication.model.js';
import { loadPublicationRecord } from './publication.repository.js';
import { publicationFormatSchema, publishOptions, type PublishedFile } from './publish.schema.js';
import { renderAcledCsv } from './render-acled.js';
import { renderIncidentsCsv } from './render-csv.js';
import { renderGeoJson } from './render-geojson.js';
import { renderReport } from './render-report.js';

const RENDER: Record<
  PublicationFormat,
  { render: (p: Publication) => string; mediaType: string; suffix: string }
> = {
  csv: { render: renderIncidentsCsv, mediaType: 'text/csv; charset=utf-8', suffix: 'incidents.csv' },
  json: {
    render: (p) => `${JSON.stringify(p, null, 2)}\n`,
    mediaType: 'application/json; charset=utf-8',
    suffix: 'publication.json',
  },
  geojson: { render: renderGeoJson, mediaType: 'application/geo+json', suffix: 'incidents.geojson' },
  acled: { render: renderAcledCsv, mediaType: 'text/csv; charset=utf-8', suffix: 'acled.csv' },
  report: { render: renderReport, mediaType: 'text/html; charset=utf-8', suffix: 'report.html' },
};

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'recipient';

/** A publication of a case in `format`; public (redacted) unless `options.unmask` names a recipient. */
export async function publishCase(
  ctx: ServiceContext,
  caseIdOrSlug: string,
  format: string,
  raw: unknown = {},
  now: Date = new Date(),
): Promise<PublishedFile> {
  const kind = parseInput(publicationFormatSchema, format, 'format');
  const options = parseInput(publishOptions, raw);
  const kase = await getCase(ctx, caseIdOrSlug);
  const edition: Edition = options.unmask
    ? { kind: 'unmasked', recipient: options.unmask.recipient }
    : { kind: 'public' };
  if (edition.kind === 'public' && kase.confidentiality !== 'public')
    throw new AppError(
      'conflict',
      `case ${kase.slug} is ${kase.confidentiality}: mark it public to publish it, or make an unmasked edition for a named recipient`,
      'case',
    );
  const levels: Confidentiality[] = edition.kind === 'public' ? ['public'] : ['public', 'restricted'];
  const record = await loadPublicationRecord(ctx.db, kase.id, levels);
  const redactor =
    edition.kind === 'public' ? await loadRedactor(ctx.db, { caseId: kase.id }) : unmaskedRedactor;
  const publication = buildPublication({
    case: { id: kase.id, slug: kase.slug, title: kase.title, description: kase.description },
    record,
    edition,
    redactor,
    generatedAt: now.toISOString(),
  });
  const { render, mediaType, suffix } = RENDER[kind];
  const body = render(publication);
  const fileName =
    edition.kind === 'public'
      ? `${kase.slug}-${suffix}`
      : `${kase.slug}-unmasked-for-${slugOf(edition.recipient)}-${suffix}`;
  if (edition.kind === 'unmasked')
    await inTransaction(ctx.db, (trx) =>
      appendAudit(trx, {
        actor: ctx.actor,
        action: 'publication.unmask',
        entity: 'case',
        entityId: kase.id,
        after: {
          recipient: edition.recipient,
          format: kind,
          fileName,
          incidents: publication.incidents.length,
          sha256: createHash('sha256').update(body).digest('hex'),
        },
      }),
    );
  return { fileName, mediaType, body };
}
