/**
 * The deep redactor for JSON-like values (API responses, publications). It walks every array and plain
 * object and:
 * - scrubs every string but identifiers (`id`, `…_id`, `…Id`, UUIDs) (names in any script, declined or romanised; URLs that spell a protected name are
 *   withheld whole);
 * - gives a protected person's actor object its pseudonym as `name` and empties `names` and `aliases`; a
 *   person whose name is not public but who is outside the redactor's scope becomes "[name withheld]";
 * - replaces `latitude`/`longitude` (or `lat`/`lon`) with the coordinates of the object's place
 *   (`place_id`, `placeId` or a nested `place`), else rounds them to two decimals; a place's own coordinates
 *   are city-level already and are kept; `geo_precision` is lowered to match, and `place_detail` (a street,
 *   a building) is dropped;
 * - drops fields that never go public: contacts (`contact`, `contacts`, `email`, `phone`), secrets
 *   (password, TOTP and token hashes), evidence `metadata` (EXIF can carry GPS and device serials) and an
 *   evidence file's `collector`; of an evidence file also its `file_name`, `sha256` and `source_url` (a
 *   file name or an uploader's page can name the person who filmed it, and a hash lets anyone holding a
 *   copy confirm it is ours); of a custody event its `actor` and hashes.
 * Values are copied, never changed in place.
 */
import type { Point } from './coordinates.js';
import { AMBIGUOUS_NAME } from './name-matcher.js';
import type { Redactor } from './redactor.js';

const NEVER_PUBLIC = new Set([
  'contact',
  'contacts',
  'email',
  'phone',
  'phone_number',
  'phoneNumber',
  'metadata',
  'collector',
  'password',
  'password_hash',
  'passwordHash',
  'totp_secret',
  'totpSecret',
  'token_hash',
  'tokenHash',
  'place_detail',
  'placeDetail',
]);
const EVIDENCE_MARKS = ['collector', 'collected_at', 'collectedAt', 'custody'];
const EVIDENCE_FIELDS = new Set(['file_name', 'fileName', 'sha256', 'source_url', 'sourceUrl']);
const CUSTODY_MARKS = ['hash_before', 'hashBefore', 'hash_after', 'hashAfter'];
const CUSTODY_FIELDS = new Set(['actor', ...CUSTODY_MARKS]);

type Json = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Json => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const has = (o: Json, keys: readonly string[]) => keys.some((k) => k in o);

/** A redacted deep copy of `value`. */
export function redactValue<T>(value: T, redactor: Redactor): T {
  return walk(value, redactor) as T;
}

// Identifiers are not text: a UUID's letters could spell a short name part.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isIdKey = (key: string) => key === 'id' || key.endsWith('_id') || /[a-z]Ids?$/.test(key);

function walk(value: unknown, r: Redactor, key = ''): unknown {
  if (typeof value === 'string') return isIdKey(key) || UUID.test(value) ? value : r.text(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, r, key));
  if (!isPlainObject(value)) return value;
  const evidence = has(value, EVIDENCE_MARKS);
  const custody = has(value, CUSTODY_MARKS);
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    if (NEVER_PUBLIC.has(key)) continue;
    if (evidence && EVIDENCE_FIELDS.has(key)) continue;
    if (custody && CUSTODY_FIELDS.has(key)) continue;
    out[key] = walk(v, r, key);
  }
  hidePerson(value, out, r);
  coarsenCoordinates(value, out, r);
  return out;
}

/** A person's own record: the pseudonym as its name, other spellings emptied. */
function hidePerson(source: Json, out: Json, r: Redactor): void {
  if (typeof source.name !== 'string') return;
  const id = typeof source.id === 'string' ? source.id : null;
  const pseudonym = id === null ? null : r.pseudonymOf(id);
  if (pseudonym === null && id !== null && r.nameShown(id)) return;
  const notPublic = source.namePublic === false || source.name_public === false;
  const name = pseudonym ?? (source.kind === 'person' && notPublic ? AMBIGUOUS_NAME : null);
  if (name === null) return;
  out.name = name;
  if ('names' in out) out.names = [];
  if ('aliases' in out) out.aliases = [];
}

function coarsenCoordinates(source: Json, out: Json, r: Redactor): void {
  for (const [latKey, lonKey] of [
    ['latitude', 'longitude'],
    ['lat', 'lon'],
  ] as const) {
    const lat = source[latKey];
    const lon = source[lonKey];
    if (!num(lat) || !num(lon)) continue;
    // A place's own coordinates are the city's: nothing finer to hide.
    if (typeof source.id === 'string' && r.places.has(source.id)) continue;
    const coarse = r.coarsen({ latitude: lat, longitude: lon }, null);
    const place = placeOf(source, r);
    const point = place
      ? { latitude: place.latitude, longitude: place.longitude, precision: 'city' }
      : coarse;
    out[latKey] = point.latitude;
    out[lonKey] = point.longitude;
    for (const key of ['geo_precision', 'geoPrecision'])
      if (source[key] === 'exact' || source[key] === 'neighbourhood')
        out[key] = point.precision === 'city' ? 'city' : 'neighbourhood';
  }
}

function placeOf(source: Json, r: Redactor): Point | null {
  const nested = isPlainObject(source.place) ? source.place : null;
  const id = source.place_id ?? source.placeId ?? nested?.id;
  const known = typeof id === 'string' ? r.places.get(id) : undefined;
  if (known) return known;
  if (nested && num(nested.latitude) && num(nested.longitude))
    return { latitude: nested.latitude, longitude: nested.longitude };
  return null;
}
