/**
 * Turns the record of a case into a publication, redacted once here for every format: people whose names
 * are not public by their pseudonyms, every text scrubbed (src/redaction), coordinates at the city, and the
 * place detail left out. An unmasked edition keeps names and exact places.
 */
import type { Redactor } from '../redaction/index.js';
import type {
  Edition,
  PubCitation,
  PubFinding,
  PubIncident,
  Publication,
  PubSource,
} from './publication.model.js';
import type { PublicationRecord } from './publication.repository.js';

export interface PublicationInput {
  case: { id: string; slug: string; title: string; description: string };
  record: PublicationRecord;
  edition: Edition;
  redactor: Redactor;
  generatedAt: string;
}

const PUBLIC_NOTE =
  'Public edition. People who have not agreed to be named are given pseudonyms (the same in every publication of the case); locations are given to the city; evidence files, contacts and place details are withheld. Only incidents marked public are included.';
const unmaskedNote = (recipient: string) =>
  `Unmasked edition for ${recipient}: it names people and gives exact locations. Not for publication; its release was recorded.`;

type Row<K extends keyof PublicationRecord> = PublicationRecord[K][number];

/** The publication of a case for its edition. */
export function buildPublication(input: PublicationInput): Publication {
  const { record, redactor } = input;
  const masked = input.edition.kind === 'public';
  const sources = new Map<string, PubSource>();
  const documents = new Map(record.documents.map((d) => [d.id, d]));
  const sourceOf = (documentId: string): number => {
    const known = sources.get(documentId);
    if (known) return known.n;
    const d = documents.get(documentId);
    const source: PubSource = {
      n: sources.size + 1,
      title: d?.title ?? 'document not found',
      publisher: d?.publisher ?? null,
      reliability: d?.reliability ?? null,
      publishedOn: d?.published_on ?? null,
      url: d?.url ?? null,
    };
    sources.set(documentId, source);
    return source.n;
  };
  const citationsBy = (key: 'incident_id' | 'act_id' | 'figure_id') => {
    const out = new Map<string, PubCitation[]>();
    for (const c of record.citations) {
      const id = c[key];
      if (id === null) continue;
      const list = out.get(id) ?? [];
      list.push({
        source: sourceOf(c.document_id),
        quote: c.quote,
        page: c.page,
        footnoteNumber: c.footnote_number,
        footnoteUrl: c.footnote_url,
        credibility: c.credibility,
      });
      out.set(id, list);
    }
    return out;
  };
  const incidentCitations = citationsBy('incident_id');
  const actCitations = citationsBy('act_id');
  const figureCitations = citationsBy('figure_id');
  const findings = new Map<string, PubFinding[]>();
  for (const f of record.findings) {
    const list = findings.get(f.act_id) ?? [];
    list.push({
      rule: f.rule_id,
      instrument: f.instrument,
      paragraphs: f.paragraphs,
      finding: f.reviewed_finding ?? f.finding,
      reviewed: f.reviewed_finding !== null,
      explanation: f.explanation,
    });
    findings.set(f.act_id, list);
  }
  const nameOf = (id: string | null, name: string | null | undefined, label: string | null) =>
    (id === null ? null : redactor.pseudonymOf(id)) ?? name ?? label;

  const incidents = record.incidents.map((i): PubIncident => {
    const acts = record.acts
      .filter((a) => a.incident_id === i.id)
      .map((a) => ({
        actType: a.act_type,
        perpetrator: nameOf(a.perpetrator_id, a.perpetrator_name, a.perpetrator_label),
        perpetratorKind: a.perpetrator_kind,
        victim: nameOf(a.victim_id, a.victim_name, a.victim_label),
        victimRole: a.victim_role,
        victimCount: a.victim_count,
        methods: a.methods,
        killed: a.killed,
        injured: a.injured,
        findings: findings.get(a.id) ?? [],
        citations: actCitations.get(a.id) ?? [],
      }));
    return {
      id: i.id,
      title: i.title,
      description: i.description,
      dateStart: i.date_start,
      dateEnd: i.date_end,
      datePrecision: i.date_precision,
      timeOfDay: i.time_of_day,
      place:
        i.place_id === null || i.place_name === null
          ? null
          : { id: i.place_id, name: i.place_name, country: i.place_country, admin1: i.place_admin1 },
      placeDetail: masked ? null : i.place_detail,
      ...location(i, redactor, masked),
      eventType: i.event_type,
      status: i.status,
      confidentiality: i.confidentiality,
      killed: i.killed,
      injured: i.injured,
      updatedAt: i.updated_at,
      acts,
      citations: incidentCitations.get(i.id) ?? [],
    };
  });
  const figures = record.figures.map((f) => ({
    what: f.what,
    measureKey: f.measure_key,
    value: f.value,
    qualifier: f.qualifier,
    asOf: f.as_of,
    place: f.place_name,
    reportedBy: nameOf(f.reported_by_id, f.reporter_name, f.reported_by),
    incidentId: f.incident_id,
    citations: figureCitations.get(f.id) ?? [],
  }));
  const publication: Publication = {
    format: 'dalil-publication',
    version: 1,
    edition: input.edition,
    redaction: input.edition.kind === 'public' ? PUBLIC_NOTE : unmaskedNote(input.edition.recipient),
    generatedAt: input.generatedAt,
    case: input.case,
    incidents,
    figures,
    sources: [...sources.values()],
  };
  // One deep pass scrubs every text (titles, descriptions, quotes, labels, explanations, source titles).
  return masked ? redactor.value(publication) : publication;
}

/** Where an incident is: its own point or its place's, at the city when masked. */
function location(
  i: Row<'incidents'>,
  redactor: Redactor,
  masked: boolean,
): Pick<PubIncident, 'latitude' | 'longitude' | 'geoPrecision'> {
  const own = i.latitude !== null && i.longitude !== null;
  const place = i.place_latitude !== null && i.place_longitude !== null;
  if (!own && !place) return { latitude: null, longitude: null, geoPrecision: i.geo_precision };
  if (!masked || !own)
    return {
      latitude: own ? i.latitude : i.place_latitude,
      longitude: own ? i.longitude : i.place_longitude,
      geoPrecision: i.geo_precision,
    };
  const point = place
    ? { latitude: i.place_latitude!, longitude: i.place_longitude!, precision: 'city' as const }
    : redactor.coarsen({ latitude: i.latitude!, longitude: i.longitude! }, i.place_id);
  const finer = i.geo_precision === 'exact' || i.geo_precision === 'neighbourhood';
  return {
    latitude: point.latitude,
    longitude: point.longitude,
    geoPrecision: !finer ? i.geo_precision : point.precision === 'city' ? 'city' : 'neighbourhood',
  };
}
