/**
 * Scores how likely two incident records describe the same incident, with the reasons in words.
 *
 * Date, place and event type say whether the two *could* be the same (context); names of victims and
 * perpetrators and the wording say whether they *are* (identity). The score is context × (0.3 + 0.7 × identity),
 * so two incidents on the same day in the same city with nothing else in common stay below 0.5, and a Russian and
 * an English account naming the same victim score high even though their words barely meet.
 */
import { ACLED_EVENT_TYPE } from '../vocabulary/vocabulary.js';
import { compareDates, dayInterval } from './date-overlap.js';
import { bestNameMatch, nameSimilarity, round } from './name-similarity.js';
import { comparePlaces } from './place-compare.js';
import { textTerms } from './text-similarity.js';
import { hasCyrillic } from './transliterate.js';
import type { DuplicateScore, IncidentLike, Reason } from './types.js';

/** An incident with the costly parts of comparison computed once. */
export interface PreparedIncident {
  incident: IncidentLike;
  interval: [number, number] | undefined;
  terms: Set<string>;
  /** Whether the text is mostly Cyrillic: across scripts fewer words can meet, so less overlap means more. */
  cyrillic: boolean;
}

/** Term weights (e.g. inverse document frequency) for the wording comparison; missing terms weigh 1. */
export type TermWeights = ReadonlyMap<string, number>;

/** Computes what comparison needs once per incident. */
export function prepareIncident(incident: IncidentLike): PreparedIncident {
  const text = [incident.title, incident.description].filter(Boolean).join('. ');
  const letters = text.match(/\p{L}/gu) ?? [];
  const cyrillic = letters.filter((ch) => hasCyrillic(ch)).length > letters.length / 2;
  return { incident, interval: dayInterval(incident.date), terms: textTerms(text), cyrillic };
}

const CONTEXT_WEIGHTS = { date: 0.45, place: 0.4, event_type: 0.15 } as const;
/** Wording similarity below the floor is no evidence; floor + span is full evidence. */
const TEXT_FLOOR = 0.2;
const TEXT_SPAN = 0.5;
/** Across English and Russian only names, numbers and lexicon words can meet: a lower bar, tuned on the eval set. */
const CROSS_LANGUAGE_FLOOR = 0.05;
const CROSS_LANGUAGE_SPAN = 0.3;
/** A name pair at or above this is taken as the same person. */
export const NAME_MATCH = 0.8;

/** Weighted Dice: shared rare words count more than shared common ones. */
function weightedDice(a: ReadonlySet<string>, b: ReadonlySet<string>, weights?: TermWeights): number {
  const w = (t: string) => weights?.get(t) ?? 1;
  let common = 0;
  let total = 0;
  for (const t of a) {
    total += w(t);
    if (b.has(t)) common += w(t);
  }
  for (const t of b) total += w(t);
  return total === 0 ? 0 : (2 * common) / total;
}

function compareTypes(a: IncidentLike, b: IncidentLike): Reason | undefined {
  if (!a.eventType || !b.eventType) return undefined;
  if (a.eventType === b.eventType) {
    return { kind: 'event_type', similarity: 1, text: `same event type ${a.eventType}` };
  }
  const family = ACLED_EVENT_TYPE[a.eventType].eventType;
  if (family === ACLED_EVENT_TYPE[b.eventType].eventType) {
    return {
      kind: 'event_type',
      similarity: 0.5,
      text: `related event types (${family}): ${a.eventType}, ${b.eventType}`,
    };
  }
  return {
    kind: 'event_type',
    similarity: 0,
    text: `different event types: ${a.eventType} vs ${b.eventType}`,
  };
}

/** Concept tokens of a perpetrator description: "riot police" and "ОМОН" both give "#special_forces". */
const conceptsOf = (text: string): string[] => [...textTerms(text)].filter((t) => t.startsWith('#'));

/** Perpetrators match by name, or by the kind of force named in either language. */
function perpetratorSimilarity(a: string, b: string): number {
  const byName = nameSimilarity(a, b);
  const ca = conceptsOf(a);
  const cb = conceptsOf(b);
  const sameKind = ca.length > 0 && ca.length === cb.length && ca.every((c) => cb.includes(c));
  return Math.max(byName, sameKind ? 0.9 : 0);
}

function compareNames(kind: 'victims' | 'perpetrators', as?: string[], bs?: string[]): Reason | undefined {
  if (!as?.length || !bs?.length) return undefined;
  const best = bestNameMatch(as, bs, kind === 'perpetrators' ? perpetratorSimilarity : nameSimilarity);
  if (!best) return undefined;
  const label = kind === 'victims' ? 'victim' : 'perpetrator';
  return best.similarity >= NAME_MATCH
    ? {
        kind,
        similarity: best.similarity,
        text: `${label} names match: ${best.a} ~ ${best.b} (${best.similarity})`,
      }
    : {
        kind,
        similarity: best.similarity,
        text: `no ${label} names in common (best ${best.a} ~ ${best.b}, ${best.similarity})`,
      };
}

/** Scores two prepared incidents; `weights` tunes the wording comparison (see `findDuplicates`). */
export function scorePrepared(
  pa: PreparedIncident,
  pb: PreparedIncident,
  weights?: TermWeights,
): DuplicateScore {
  const a = pa.incident;
  const b = pb.incident;
  const reasons: Reason[] = [];

  const date = compareDates(pa.interval, pb.interval);
  const place = comparePlaces(a.place, b.place);
  const type = compareTypes(a, b);
  let contextSum = 0;
  let contextWeights = 0;
  if (date) {
    reasons.push({ kind: 'date', ...date });
    contextSum += CONTEXT_WEIGHTS.date * date.similarity;
    contextWeights += CONTEXT_WEIGHTS.date;
  }
  if (place) {
    reasons.push({ kind: 'place', ...place });
    contextSum += CONTEXT_WEIGHTS.place * place.similarity;
    contextWeights += CONTEXT_WEIGHTS.place;
  }
  if (type) {
    reasons.push(type);
    contextSum += CONTEXT_WEIGHTS.event_type * type.similarity;
    contextWeights += CONTEXT_WEIGHTS.event_type;
  }
  // Nothing known about when, where or what: neither for nor against.
  const context = contextWeights > 0 ? contextSum / contextWeights : 0.5;

  let unlikely = 1;
  let penalty = 1;
  const victims = compareNames('victims', a.victims, b.victims);
  if (victims) {
    reasons.push(victims);
    if (victims.similarity >= NAME_MATCH) unlikely *= 1 - victims.similarity;
    // Both name their victims and no name matches: most likely two incidents.
    else penalty *= 0.6;
  }
  const perpetrators = compareNames('perpetrators', a.perpetrators, b.perpetrators);
  if (perpetrators) {
    reasons.push(perpetrators);
    // Perpetrators are often generic ("police"), so a match is weak evidence.
    if (perpetrators.similarity >= NAME_MATCH) unlikely *= 1 - 0.3 * perpetrators.similarity;
  }
  if (pa.terms.size > 0 && pb.terms.size > 0) {
    const similarity = round(weightedDice(pa.terms, pb.terms, weights));
    const crossLanguage = pa.cyrillic !== pb.cyrillic;
    const [floor, span] = crossLanguage
      ? [CROSS_LANGUAGE_FLOOR, CROSS_LANGUAGE_SPAN]
      : [TEXT_FLOOR, TEXT_SPAN];
    const across = crossLanguage ? ' across languages' : '';
    reasons.push({ kind: 'text', similarity, text: `descriptions similar${across} (${similarity})` });
    unlikely *= 1 - Math.min(1, Math.max(0, (similarity - floor) / span));
  }
  const identity = 1 - unlikely;
  if (penalty < 1)
    reasons.push({ kind: 'penalty', similarity: penalty, text: 'victims named on both sides differ' });

  return { score: round(context * (0.3 + 0.7 * identity) * penalty, 3), reasons };
}

/** How likely two incidents are the same one, in [0, 1], with human-readable reasons. */
export function scoreDuplicate(a: IncidentLike, b: IncidentLike, weights?: TermWeights): DuplicateScore {
  return scorePrepared(prepareIncident(a), prepareIncident(b), weights);
}
