/**
 * Places in the record are gazetteer entries copied into the database the first time they are used, so a
 * record stays whole even if the gazetteer changes. Names resolve in Latin or Cyrillic script.
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/audit-log.js';
import type { Database, Row } from '../db/schema.js';
import type { Executor } from '../db/transaction.js';
import { AppError, notFound } from '../shared/errors.js';
import { findPlace, type GazetteerPlace, placeById } from './gazetteer.js';

export interface Place {
  id: string;
  gazetteerId: string | null;
  name: string;
  country: string | null;
  admin1: string | null;
  latitude: number | null;
  longitude: number | null;
  alternateNames: string[];
}

export function toPlace(row: Row<'places'>): Place {
  return {
    id: row.id,
    gazetteerId: row.gazetteer_id,
    name: row.name,
    country: row.country,
    admin1: row.admin1,
    latitude: row.latitude,
    longitude: row.longitude,
    alternateNames: row.alternate_names,
  };
}

/** Looks a place name up in the gazetteer; an unknown name is an error that says which name. */
export function lookUpPlace(name: string, field = 'place', country?: string): GazetteerPlace {
  const found = findPlace(name, country ? { country } : {});
  if (!found) {
    throw new AppError('unknown_place', `${field}: "${name}" is not a place in the gazetteer`, field);
  }
  return found;
}

/** Returns the record's place for a gazetteer entry, creating it on first use. */
export async function ensurePlace(
  trx: Transaction<Database>,
  actor: string,
  entry: GazetteerPlace,
): Promise<Place> {
  const existing = await trx
    .selectFrom('places')
    .selectAll()
    .where('gazetteer_id', '=', entry.id)
    .executeTakeFirst();
  if (existing) return toPlace(existing);
  const row = await trx
    .insertInto('places')
    .values({
      id: randomUUID(),
      gazetteer_id: entry.id,
      name: entry.name,
      country: entry.country,
      admin1: entry.admin1,
      latitude: entry.latitude,
      longitude: entry.longitude,
      alternate_names: entry.alternateNames.slice(0, 50),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const place = toPlace(row);
  await appendAudit(trx, {
    actor,
    action: 'place.create',
    entity: 'place',
    entityId: place.id,
    after: place,
  });
  return place;
}

/** Resolves a place given by name (any script) or by gazetteer id. */
export async function resolvePlace(
  trx: Transaction<Database>,
  actor: string,
  nameOrId: string,
  field = 'place',
): Promise<Place> {
  const byId = placeById(nameOrId);
  return ensurePlace(trx, actor, byId ?? lookUpPlace(nameOrId, field));
}

export async function getPlace(db: Executor, id: string): Promise<Place> {
  const row = await db.selectFrom('places').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('place', id);
  return toPlace(row);
}
