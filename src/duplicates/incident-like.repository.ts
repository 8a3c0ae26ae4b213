/**
 * Reads incidents with what the corroboration engine compares them on — place, date, victims and perpetrators
 * from their acts (every script and alias of a linked actor), methods, wording, citations — and maps them onto
 * the engine's `IncidentLike`.
 */
import type { IncidentLike, PlaceRef } from '../corroborate/index.js';
import type { Row } from '../db/schema.js';
import type { Executor } from '../db/transaction.js';
import type { DatePrecision, EventType, GeoPrecision, Method } from '../vocabulary/vocabulary.js';

type ActorNames = Pick<Row<'actors'>, 'id' | 'name' | 'names' | 'aliases'>;

/** Every way the record writes an actor's name: the name, its other scripts, its aliases. */
const namesOf = (actor: ActorNames | undefined): string[] =>
  actor ? [actor.name, ...actor.names.map((n) => n.value), ...actor.aliases] : [];

const unique = (values: (string | null | undefined)[]): string[] => [
  ...new Set(values.filter((v): v is string => !!v && v.trim() !== '')),
];

function placeOf(incident: Row<'incidents'>, place: Row<'places'> | undefined): PlaceRef | undefined {
  const lat = incident.latitude ?? place?.latitude ?? undefined;
  const lon = incident.longitude ?? place?.longitude ?? undefined;
  if (!place && lat === undefined) return undefined;
  return {
    ...(place && {
      // Readable in the engine's reasons ("same place Bishkek #1528675"), equal exactly when the place is.
      placeId: `${place.name} #${place.gazetteer_id ?? place.id}`,
      name: place.name,
      city: place.name,
      ...(place.country !== null && { country: place.country }),
    }),
    ...(lat !== undefined && lon !== undefined && { lat, lon }),
    precision: incident.geo_precision as GeoPrecision,
  };
}

/** Incidents (by case, not merged away; or by id) as the engine sees them, keyed by id, in the order read. */
export async function loadIncidentLikes(
  db: Executor,
  where: { caseId: string } | { ids: string[] },
): Promise<Map<string, IncidentLike>> {
  // The chosen incidents as a subquery, so a case of 100,000 incidents never becomes a list of parameters.
  const chosen = () => {
    const q = db.selectFrom('incidents').select('id');
    if ('caseId' in where) return q.where('case_id', '=', where.caseId).where('merged_into_id', 'is', null);
    return q.where('id', 'in', where.ids.length ? where.ids : ['00000000-0000-0000-0000-000000000000']);
  };
  const actsOfChosen = () => db.selectFrom('acts').where('incident_id', 'in', chosen());
  const incidents = await db
    .selectFrom('incidents')
    .selectAll()
    .where('id', 'in', chosen())
    .orderBy('date_start')
    .orderBy('id')
    .execute();
  const out = new Map<string, IncidentLike>();
  if (incidents.length === 0) return out;
  const places = await db
    .selectFrom('places')
    .selectAll()
    .where('id', 'in', db.selectFrom('incidents').select('place_id').where('id', 'in', chosen()))
    .execute();
  const acts = await actsOfChosen().selectAll().orderBy('id').execute();
  const actors = await db
    .selectFrom('actors')
    .select(['id', 'name', 'names', 'aliases'])
    .where((eb) =>
      eb.or([
        eb('id', 'in', actsOfChosen().select('victim_id')),
        eb('id', 'in', actsOfChosen().select('perpetrator_id')),
      ]),
    )
    .execute();
  const citations = await db
    .selectFrom('citations')
    .select(['id', 'incident_id', 'act_id'])
    .where((eb) =>
      eb.or([eb('incident_id', 'in', chosen()), eb('act_id', 'in', actsOfChosen().select('id'))]),
    )
    .orderBy('id')
    .execute();

  const placeById = new Map(places.map((p) => [p.id, p]));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  for (const incident of incidents) {
    const own = acts.filter((a) => a.incident_id === incident.id);
    const ownActIds = new Set(own.map((a) => a.id));
    const incidentCitations = citations.filter((c) => c.incident_id === incident.id).map((c) => c.id);
    const actCitations = citations.filter((c) => c.act_id && ownActIds.has(c.act_id)).map((c) => c.id);
    const all = [...incidentCitations, ...actCitations];
    // Incident-level fields rest on the incident's citations, act-level ones on the acts'; either falls back to all.
    const incidentLevel = incidentCitations.length ? incidentCitations : all;
    const actLevel = actCitations.length ? actCitations : all;
    const place = placeOf(incident, incident.place_id ? placeById.get(incident.place_id) : undefined);
    const victims = unique(
      own.flatMap((a) => [a.victim_label, ...namesOf(a.victim_id ? actorById.get(a.victim_id) : undefined)]),
    );
    const perpetrators = unique(
      own.flatMap((a) => [
        a.perpetrator_label,
        ...namesOf(a.perpetrator_id ? actorById.get(a.perpetrator_id) : undefined),
      ]),
    );
    const methods = unique(own.flatMap((a) => a.methods)) as Method[];
    out.set(incident.id, {
      id: incident.id,
      caseId: incident.case_id,
      title: incident.title,
      ...(incident.description !== '' && { description: incident.description }),
      ...(incident.date_start !== null && {
        date: {
          start: incident.date_start,
          ...(incident.date_end !== null && { end: incident.date_end }),
          precision: incident.date_precision as DatePrecision,
        },
      }),
      ...(place && { place }),
      eventType: incident.event_type as EventType,
      ...(methods.length > 0 && { methods }),
      ...(victims.length > 0 && { victims }),
      ...(perpetrators.length > 0 && { perpetrators }),
      ...(all.length > 0 && {
        citationIds: all,
        fieldCitations: {
          title: incidentLevel,
          description: incidentLevel,
          date: incidentLevel,
          place: incidentLevel,
          eventType: incidentLevel,
          methods: actLevel,
          victims: actLevel,
          perpetrators: actLevel,
        },
      }),
    });
  }
  return out;
}
