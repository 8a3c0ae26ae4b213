/** Coordinates coarsened for publication: to the place (city) an incident is in, or to two decimals. */

export interface Point {
  latitude: number;
  longitude: number;
}

export interface CoarsePoint extends Point {
  /**
   * 'city': the place's own coordinates; 'rounded': two decimals (about 1 km), when no place is known;
   * 'exact': unchanged (an unmasked edition).
   */
  precision: 'city' | 'rounded' | 'exact';
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The point to publish for `point`: its place's coordinates when known, else the point rounded. */
export function coarsen(point: Point, place: Point | null | undefined): CoarsePoint {
  if (place && Number.isFinite(place.latitude) && Number.isFinite(place.longitude))
    return { latitude: place.latitude, longitude: place.longitude, precision: 'city' };
  return { latitude: round2(point.latitude), longitude: round2(point.longitude), precision: 'rounded' };
}
