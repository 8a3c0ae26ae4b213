/**
 * Finds likely duplicate pairs among many incidents without comparing every pair: incidents are compared only
 * when they share a block — a day (±1), or a victim's surname, or, for undated incidents, a city — and when their
 * places do not rule each other out.
 */
import { distanceKm, placeKey } from './place-compare.js';
import {
  prepareIncident,
  scorePrepared,
  type PreparedIncident,
  type TermWeights,
} from './score-duplicate.js';
import { nameTokens } from './transliterate.js';
import type { Candidate, IncidentLike } from './types.js';

export interface FindDuplicatesOptions {
  /** Keep pairs scoring at least this (default 0.5). */
  threshold?: number;
  /** Weigh shared words by rarity across the given incidents (default true): "police" says little, "Kloop" a lot. */
  weighTermsByRarity?: boolean;
  /** Dates more than this many days apart are not compared unless a victim name links them (default 1). */
  dayWindow?: number;
  /** Places farther apart than this (km) are not compared (default 50). */
  maxDistanceKm?: number;
  /** A block larger than this is skipped (too common to mean anything, e.g. the name token "police"). Default 5000. */
  maxBlockSize?: number;
}

interface Blocked extends PreparedIncident {
  index: number;
  place: string | undefined;
}

/** Inverse document frequency of each term across the incidents. */
export function termRarity(prepared: readonly PreparedIncident[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of prepared) for (const t of p.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = prepared.length;
  const weights = new Map<string, number>();
  for (const [t, count] of df) weights.set(t, Math.log((n + 1) / count));
  return weights;
}

function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/** Places that cannot be the same one: different city names and no coordinates close enough to overrule them. */
function placesRuleOut(a: Blocked, b: Blocked, maxKm: number): boolean {
  const pa = a.incident.place;
  const pb = b.incident.place;
  if (!pa || !pb) return false;
  if (pa.placeId && pa.placeId === pb.placeId) return false;
  if (pa.lat !== undefined && pa.lon !== undefined && pb.lat !== undefined && pb.lon !== undefined) {
    return distanceKm(pa.lat, pa.lon, pb.lat, pb.lon) > maxKm;
  }
  return a.place !== undefined && b.place !== undefined && a.place !== b.place;
}

/** Likely duplicate pairs, best first; each with its score and reasons. */
export function findDuplicates(
  incidents: readonly IncidentLike[],
  options: FindDuplicatesOptions = {},
): Candidate[] {
  const threshold = options.threshold ?? 0.5;
  const window = options.dayWindow ?? 1;
  const maxKm = options.maxDistanceKm ?? 50;
  const maxBlock = options.maxBlockSize ?? 5000;

  const items: Blocked[] = incidents.map((incident, index) => ({
    ...prepareIncident(incident),
    index,
    place: placeKey(incident.place),
  }));
  const weights: TermWeights | undefined =
    options.weighTermsByRarity === false ? undefined : termRarity(items);

  const byDay = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const byPlace = new Map<string, number[]>();
  for (const item of items) {
    const interval = item.interval;
    if (interval && interval[1] - interval[0] <= 31) {
      for (let d = interval[0]; d <= interval[1]; d++) push(byDay, String(d), item.index);
    }
    if (item.place) push(byPlace, item.place, item.index);
    for (const name of item.incident.victims ?? []) {
      for (const token of nameTokens(name)) if (token.length >= 4) push(byName, token, item.index);
    }
  }

  const seen = new Set<number>();
  const candidates: Candidate[] = [];
  const n = items.length;
  const consider = (i: number, j: number): void => {
    if (i === j) return;
    const [lo, hi] = i < j ? [i, j] : [j, i];
    const key = lo * n + hi;
    if (seen.has(key)) return;
    seen.add(key);
    const a = items[lo]!;
    const b = items[hi]!;
    if (placesRuleOut(a, b, maxKm)) return;
    const { score, reasons } = scorePrepared(a, b, weights);
    if (score >= threshold) candidates.push({ aId: a.incident.id, bId: b.incident.id, score, reasons });
  };
  const considerBlock = (i: number, block: number[] | undefined): void => {
    if (!block || block.length > maxBlock) return;
    for (const j of block) consider(i, j);
  };

  for (const item of items) {
    const interval = item.interval;
    if (interval && interval[1] - interval[0] <= 31) {
      for (let d = interval[0] - window; d <= interval[1] + window; d++)
        considerBlock(item.index, byDay.get(String(d)));
    } else if (item.place) {
      // Undated (or vaguely dated) incidents are compared with everything in the same city.
      considerBlock(item.index, byPlace.get(item.place));
    }
    for (const name of item.incident.victims ?? []) {
      for (const token of nameTokens(name))
        if (token.length >= 4) considerBlock(item.index, byName.get(token));
    }
  }
  return candidates.sort(
    (x, y) => y.score - x.score || x.aId.localeCompare(y.aId) || x.bId.localeCompare(y.bId),
  );
}
