/** SQL for incidents. Reads join the place so an incident always comes back with where it happened. */
import { sql } from 'kysely';
import type { Executor } from '../db/transaction.js';
import type { Incident } from './incident.schema.js';

const columns = [
  'i.id',
  'i.case_id',
  'i.title',
  'i.description',
  'i.date_start',
  'i.date_end',
  'i.date_precision',
  'i.time_of_day',
  'i.place_id',
  'i.place_detail',
  'i.geo_precision',
  'i.latitude',
  'i.longitude',
  'i.event_type',
  'i.status',
  'i.confidentiality',
  'i.killed',
  'i.injured',
  'i.merged_into_id',
  'i.facts',
  'i.version',
  'i.created_at',
  'i.updated_at',
  'p.name as place_name',
  'p.country as place_country',
  'p.latitude as place_latitude',
  'p.longitude as place_longitude',
] as const;

export function selectIncidents(db: Executor) {
  return db.selectFrom('incidents as i').leftJoin('places as p', 'p.id', 'i.place_id').select(columns);
}

type IncidentRow = Awaited<ReturnType<ReturnType<typeof selectIncidents>['executeTakeFirstOrThrow']>>;

export function toIncident(row: IncidentRow): Incident {
  return {
    id: row.id,
    caseId: row.case_id,
    title: row.title,
    description: row.description,
    dateStart: row.date_start,
    dateEnd: row.date_end,
    datePrecision: row.date_precision,
    timeOfDay: row.time_of_day,
    place: row.place_id
      ? {
          id: row.place_id,
          name: row.place_name ?? '',
          country: row.place_country,
          latitude: row.place_latitude,
          longitude: row.place_longitude,
        }
      : null,
    placeDetail: row.place_detail,
    geoPrecision: row.geo_precision,
    latitude: row.latitude,
    longitude: row.longitude,
    eventType: row.event_type,
    status: row.status,
    confidentiality: row.confidentiality,
    killed: row.killed,
    injured: row.injured,
    mergedIntoId: row.merged_into_id,
    facts: row.facts,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findIncident(db: Executor, id: string): Promise<Incident | undefined> {
  const row = await selectIncidents(db).where('i.id', '=', id).executeTakeFirst();
  return row ? toIncident(row) : undefined;
}

export interface IncidentQuery {
  caseId?: string;
  from?: string;
  to?: string;
  placeIds?: string[];
  placeText?: string;
  type?: string;
  status?: string;
  text?: string;
  limit: number;
  offset: number;
}

const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Lists incidents, newest first. A date filter keeps every incident whose date range overlaps [from, to].
 * EXPLAIN (100,000 rows, one case): uses incidents_case_date_idx for the case + date range.
 */
export async function queryIncidents(
  db: Executor,
  q: IncidentQuery,
): Promise<{ items: Incident[]; total: number }> {
  let query = selectIncidents(db).where('i.merged_into_id', 'is', null);
  if (q.caseId) query = query.where('i.case_id', '=', q.caseId);
  if (q.from) query = query.where(sql<boolean>`coalesce(i.date_end, i.date_start) >= ${q.from}::date`);
  if (q.to) query = query.where('i.date_start', '<=', q.to);
  if (q.type) query = query.where('i.event_type', '=', q.type);
  if (q.status) query = query.where('i.status', '=', q.status);
  if (q.placeIds || q.placeText) {
    const ids = q.placeIds ?? [];
    const like = q.placeText ? likePattern(q.placeText) : null;
    query = query.where((eb) =>
      eb.or([
        ...(ids.length ? [eb('i.place_id', 'in', ids)] : []),
        ...(like
          ? [eb(sql`lower(p.name)`, 'like', like), eb(sql`lower(coalesce(i.place_detail, ''))`, 'like', like)]
          : []),
      ]),
    );
  }
  if (q.text) {
    const like = likePattern(q.text);
    // Text matches the incident's own words and the names, in any script, of the actors in its acts, so
    // "Кожомуратов" finds the incident a source wrote in Latin letters.
    const actorNamed = sql<boolean>`EXISTS (
      SELECT 1 FROM acts a JOIN actors x ON x.id IN (a.victim_id, a.perpetrator_id)
      WHERE a.incident_id = i.id AND (lower(x.name) LIKE ${like} OR lower(x.names::text) LIKE ${like}
        OR lower(array_to_string(x.aliases, ' ')) LIKE ${like}))`;
    query = query.where((eb) =>
      eb.or([eb(sql`lower(i.title)`, 'like', like), eb(sql`lower(i.description)`, 'like', like), actorNamed]),
    );
  }
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('i.date_start', (ob) => ob.desc().nullsLast())
    .orderBy('i.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { items: rows.map(toIncident), total: Number(counted.n) };
}
