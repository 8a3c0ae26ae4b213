/** The incidents of a publication as CSV: one row per incident, acts and sources summarised in cells. */
import { toCsv } from './csv.js';
import type { PubIncident, Publication } from './publication.model.js';

export const INCIDENT_CSV_COLUMNS = [
  'incident_id',
  'date_start',
  'date_end',
  'date_precision',
  'time_of_day',
  'place',
  'country',
  'latitude',
  'longitude',
  'geo_precision',
  'event_type',
  'status',
  'title',
  'description',
  'perpetrators',
  'victims',
  'methods',
  'killed',
  'injured',
  'findings',
  'sources',
  'source_urls',
] as const;

const unique = (values: readonly (string | null)[]) => [
  ...new Set(values.filter((v): v is string => v !== null && v !== '')),
];

/** Every citation of an incident, its acts included. */
export function incidentCitations(i: PubIncident) {
  return [...i.citations, ...i.acts.flatMap((a) => a.citations)];
}

export function renderIncidentsCsv(p: Publication): string {
  const sources = new Map(p.sources.map((s) => [s.n, s]));
  return toCsv(
    INCIDENT_CSV_COLUMNS,
    p.incidents.map((i) => {
      const cited = incidentCitations(i);
      return [
        i.id,
        i.dateStart,
        i.dateEnd,
        i.datePrecision,
        i.timeOfDay,
        i.place?.name,
        i.place?.country,
        i.latitude,
        i.longitude,
        i.geoPrecision,
        i.eventType,
        i.status,
        i.title,
        i.description,
        unique(i.acts.map((a) => a.perpetrator)).join('; '),
        unique(i.acts.map((a) => a.victim)).join('; '),
        unique(i.acts.flatMap((a) => a.methods)).join('; '),
        i.killed,
        i.injured,
        unique(i.acts.flatMap((a) => a.findings.map((f) => `${f.rule}: ${f.finding}`))).join('; '),
        unique(cited.map((c) => sources.get(c.source)?.title ?? null)).join('; '),
        unique(cited.flatMap((c) => [sources.get(c.source)?.url ?? null, c.footnoteUrl])).join(' '),
      ];
    }),
  );
}
