/**
 * Reads what a publication of a case holds: its live incidents at the given confidentiality levels (never
 * merged-away or retracted ones), their acts, stored standards findings and citations, the case's figures,
 * and the documents cited. Every query is filtered by the case through a subquery, never a list of ids, so
 * a case of any size stays within the parameter limit.
 */
import type { Executor } from '../db/transaction.js';
import type { Confidentiality } from '../vocabulary/record-enums.js';

export type PublicationRecord = Awaited<ReturnType<typeof loadPublicationRecord>>;

export async function loadPublicationRecord(
  db: Executor,
  caseId: string,
  levels: readonly Confidentiality[],
) {
  const published = () =>
    db
      .selectFrom('incidents')
      .select('id')
      .where('case_id', '=', caseId)
      .where('merged_into_id', 'is', null)
      .where('status', '!=', 'retracted')
      .where('confidentiality', 'in', levels);
  const incidents = await db
    .selectFrom('incidents as i')
    .leftJoin('places as p', 'p.id', 'i.place_id')
    .selectAll('i')
    .select([
      'p.name as place_name',
      'p.country as place_country',
      'p.admin1 as place_admin1',
      'p.latitude as place_latitude',
      'p.longitude as place_longitude',
    ])
    .where('i.id', 'in', published())
    .orderBy('i.date_start', (ob) => ob.asc().nullsLast())
    .orderBy('i.id')
    .execute();
  const acts = await db
    .selectFrom('acts as a')
    .leftJoin('actors as perp', 'perp.id', 'a.perpetrator_id')
    .leftJoin('actors as vic', 'vic.id', 'a.victim_id')
    .selectAll('a')
    .select(['perp.name as perpetrator_name', 'perp.kind as perpetrator_kind', 'vic.name as victim_name'])
    .where('a.incident_id', 'in', published())
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
  const actsOfCase = () => db.selectFrom('acts').select('id').where('incident_id', 'in', published());
  const figures = await db
    .selectFrom('figures as f')
    .leftJoin('places as p', 'p.id', 'f.place_id')
    .leftJoin('actors as r', 'r.id', 'f.reported_by_id')
    .selectAll('f')
    .select(['p.name as place_name', 'r.name as reporter_name'])
    .where('f.case_id', '=', caseId)
    .where((eb) => eb.or([eb('f.incident_id', 'is', null), eb('f.incident_id', 'in', published())]))
    .orderBy('f.measure_key')
    .orderBy('f.as_of')
    .orderBy('f.id')
    .execute();
  const citations = await db
    .selectFrom('citations as c')
    .selectAll('c')
    .where((eb) =>
      eb.or([
        eb('c.incident_id', 'in', published()),
        eb('c.act_id', 'in', actsOfCase()),
        eb(
          'c.figure_id',
          'in',
          eb
            .selectFrom('figures as f')
            .select('f.id')
            .where('f.case_id', '=', caseId)
            .where((w) => w.or([w('f.incident_id', 'is', null), w('f.incident_id', 'in', published())])),
        ),
      ]),
    )
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
  const documentIds = [...new Set(citations.map((c) => c.document_id))];
  const documents =
    documentIds.length === 0
      ? []
      : await db
          .selectFrom('documents as d')
          .leftJoin('sources as s', 's.id', 'd.source_id')
          .select(['d.id', 'd.title', 'd.url', 'd.published_on', 's.name as publisher', 's.reliability'])
          .where('d.id', 'in', documentIds)
          .execute();
  const findings = await db
    .selectFrom('assessments')
    .selectAll()
    .where('act_id', 'in', actsOfCase())
    .orderBy('rule_id')
    .execute();
  return { incidents, acts, figures, citations, documents, findings };
}
