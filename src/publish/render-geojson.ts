/**
 * The incidents of a publication as a GeoJSON FeatureCollection (RFC 7946): one feature per incident, a
 * Point at the coordinates the edition allows (the city in a public edition), or a null geometry when the
 * incident has no place. The edition and its redaction note travel as foreign members.
 */
import type { Publication } from './publication.model.js';
import { incidentCitations } from './render-csv.js';

export function renderGeoJson(p: Publication): string {
  const sources = new Map(p.sources.map((s) => [s.n, s]));
  const collection = {
    type: 'FeatureCollection',
    name: p.case.title,
    edition: p.edition,
    redaction: p.redaction,
    generatedAt: p.generatedAt,
    features: p.incidents.map((i) => ({
      type: 'Feature',
      id: i.id,
      geometry:
        i.latitude === null || i.longitude === null
          ? null
          : { type: 'Point', coordinates: [i.longitude, i.latitude] },
      properties: {
        title: i.title,
        description: i.description,
        date_start: i.dateStart,
        date_end: i.dateEnd,
        date_precision: i.datePrecision,
        place: i.place?.name ?? null,
        country: i.place?.country ?? null,
        geo_precision: i.geoPrecision,
        event_type: i.eventType,
        status: i.status,
        killed: i.killed,
        injured: i.injured,
        victims: [...new Set(i.acts.map((a) => a.victim).filter((v) => v !== null))],
        methods: [...new Set(i.acts.flatMap((a) => a.methods))],
        sources: [...new Set(incidentCitations(i).map((c) => sources.get(c.source)?.title))].filter(
          (t) => t !== undefined,
        ),
      },
    })),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
