/**
 * How likely two place references name the same place: same gazetteer id, distance between coordinates, or the
 * same city name in any script.
 */
import { nameSimilarity, round } from './name-similarity.js';
import { normaliseName } from './transliterate.js';
import type { PlaceRef } from './types.js';

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The name a place is compared by: its city, else its name. */
export const placeLabel = (p: PlaceRef): string | undefined => p.city ?? p.name;

/** Normalised city (or place) name, for blocking and comparison. */
export const placeKey = (p: PlaceRef | undefined): string | undefined => {
  const label = p && placeLabel(p);
  return label ? normaliseName(label) : undefined;
};

const hasCoordinates = (p: PlaceRef): p is PlaceRef & { lat: number; lon: number } =>
  typeof p.lat === 'number' && typeof p.lon === 'number' && Number.isFinite(p.lat) && Number.isFinite(p.lon);

/** Similarity of two places in [0, 1] with the reason in words; undefined if either side says nothing usable. */
export function comparePlaces(
  a: PlaceRef | undefined,
  b: PlaceRef | undefined,
): { similarity: number; text: string } | undefined {
  if (!a || !b) return undefined;
  if (a.placeId && a.placeId === b.placeId) return { similarity: 1, text: `same place ${a.placeId}` };
  const found: { similarity: number; text: string }[] = [];
  if (hasCoordinates(a) && hasCoordinates(b)) {
    const km = distanceKm(a.lat, a.lon, b.lat, b.lon);
    const similarity = km <= 1 ? 1 : km <= 5 ? 0.8 : km <= 20 ? 0.5 : km <= 50 ? 0.2 : 0;
    found.push({
      similarity,
      text: km <= 1 ? `same location (${round(km, 1)} km)` : `${round(km, 1)} km apart`,
    });
  }
  const la = placeLabel(a);
  const lb = placeLabel(b);
  if (la && lb) {
    const s = nameSimilarity(la, lb);
    if (s >= 0.85)
      found.push({ similarity: 0.8, text: la === lb ? `same city ${la}` : `same city: ${la} ~ ${lb}` });
    else found.push({ similarity: 0, text: `different places: ${la} vs ${lb}` });
  }
  if (found.length === 0) return undefined;
  return found.reduce((best, x) => (x.similarity > best.similarity ? x : best));
}
