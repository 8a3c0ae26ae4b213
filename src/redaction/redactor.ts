/**
 * A redactor: everything a public view needs to hide people and places. Built from the people of a case (in
 * pseudonym order) and the coordinates of its places; pure, so the same redactor serves an HTTP response, a
 * publication and a submission letter.
 */
import { coarsen, type CoarsePoint, type Point } from './coordinates.js';
import { nameMatcher } from './name-matcher.js';
import { assignPseudonyms, type Person } from './pseudonyms.js';
import { redactValue } from './redact-value.js';

export interface Redactor {
  /** False for the unmasked redactor, which changes nothing. */
  readonly masked: boolean;
  /** Free text with every protected name (any script, declined, romanised) replaced by its pseudonym. */
  text(s: string): string;
  /** A deep copy of a JSON-like value redacted for the public (see redact-value.ts for the rules). */
  value<T>(v: T): T;
  /** The person's pseudonym, or null when the name is public (or the actor is not a protected person). */
  pseudonymOf(actorId: string): string | null;
  /** True for a person of the scope whose name this reader may see (public, or revealed to them). */
  nameShown(actorId: string): boolean;
  /** False when the address spells out a protected name. */
  urlIsSafe(url: string): boolean;
  /** Coordinates to publish: the place's (city) when known, else rounded to two decimals. */
  coarsen(point: Point, placeId?: string | null): CoarsePoint;
  /** The pseudonyms of the scope, by actor id, in letter order. */
  readonly pseudonyms: ReadonlyMap<string, string>;
  /** Coordinates of the places the redactor knows, by place id. */
  readonly places: ReadonlyMap<string, Point>;
}

export interface RedactorInput {
  /** People of the scope, public ones too (so their names are recognised and kept), in pseudonym order. */
  people: readonly Person[];
  /** Places whose coordinates replace exact ones. */
  places?: Iterable<readonly [string, Point]>;
}

/** Builds the redactor for these people and places. */
export function createRedactor(input: RedactorInput): Redactor {
  const pseudonyms = assignPseudonyms(input.people);
  const places = new Map(input.places ?? []);
  const shown = new Set(input.people.filter((p) => !pseudonyms.has(p.id)).map((p) => p.id));
  const matcher = nameMatcher(
    input.people.map((p) => ({
      id: p.id,
      names: [p.name, ...(p.otherNames ?? [])],
      protected: pseudonyms.has(p.id),
    })),
  );
  const replacement = (id: string) => pseudonyms.get(id) ?? '[name withheld]';
  const redactor: Redactor = {
    masked: true,
    text: (s) => matcher.scrub(s, replacement),
    value: <T>(v: T): T => redactValue(v, redactor),
    pseudonymOf: (id) => pseudonyms.get(id) ?? null,
    nameShown: (id) => shown.has(id),
    urlIsSafe: (url) => matcher.urlIsSafe(url),
    coarsen: (point, placeId) => coarsen(point, placeId ? places.get(placeId) : null),
    pseudonyms,
    places,
  };
  return redactor;
}

/** The redactor of an unmasked edition (a cleared reader, a named recipient): changes nothing. */
export const unmaskedRedactor: Redactor = {
  masked: false,
  text: (s) => s,
  value: <T>(v: T): T => v,
  pseudonymOf: () => null,
  nameShown: () => true,
  urlIsSafe: () => true,
  coarsen: (point) => ({ ...point, precision: 'exact' }),
  pseudonyms: new Map(),
  places: new Map(),
};
