/**
 * Plain data the corroboration engine works on. The database layer maps its rows onto these; the engine never
 * sees a row, a clock or a file.
 */
import type { DatePrecision, EventType, GeoPrecision, Method } from '../vocabulary/vocabulary.js';

/** A date as reported: `start` (YYYY-MM-DD) and, for ranges, `end`. A `night` without `end` covers start and the day after. */
export interface DateRange {
  start: string;
  end?: string;
  precision: DatePrecision;
}

export interface PlaceRef {
  /** Gazetteer id; two equal ids mean the same place whatever the names say. */
  placeId?: string;
  /** Any script: "Бишкек" or "Bishkek". */
  name?: string;
  city?: string;
  region?: string;
  country?: string;
  lat?: number;
  lon?: number;
  precision?: GeoPrecision;
}

/** What the engine needs to know about an incident to compare, merge and corroborate it. */
export interface IncidentLike {
  id: string;
  caseId?: string;
  title?: string;
  description?: string;
  date?: DateRange;
  place?: PlaceRef;
  eventType?: EventType;
  methods?: Method[];
  /** Victim names in any script, e.g. "Aibol Kozhomuratov", "Айбол Кожомуратов". */
  victims?: string[];
  /** Perpetrator names or unit descriptions, e.g. "special forces", "ОМОН". */
  perpetrators?: string[];
  citationIds?: string[];
  /** Which citations support which field (optional; otherwise all `citationIds` support every field). */
  fieldCitations?: Partial<Record<MergeableField, string[]>>;
}

export const MERGEABLE_FIELDS = [
  'title',
  'description',
  'date',
  'place',
  'eventType',
  'methods',
  'victims',
  'perpetrators',
] as const;
export type MergeableField = (typeof MERGEABLE_FIELDS)[number];

/** One human-readable reason behind a duplicate score, with the part of the score it carried. */
export interface Reason {
  kind: 'date' | 'place' | 'event_type' | 'victims' | 'perpetrators' | 'text' | 'penalty';
  /** e.g. "same day 2020-10-05", "victim names match: Aibol Kozhomuratov ~ Айбол Кожомуратов (0.86)". */
  text: string;
  /** Similarity of this aspect in [0, 1]. */
  similarity: number;
}

export interface DuplicateScore {
  score: number;
  reasons: Reason[];
}

export interface Candidate extends DuplicateScore {
  aId: string;
  bId: string;
}

export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

/** A citation of a document by a source (Admiralty scale: reliability of the source, credibility of the item). */
export interface Citation {
  id: string;
  documentId: string;
  sourceId: string;
  sourceName: string;
  reliability: Reliability;
  credibility: Credibility;
  url?: string;
  text?: string;
  /** "according to X", "cited by X": the name of the source this citation repeats. */
  attributedTo?: string;
  /** Set by a user: this citation repeats that one. */
  derivedFromCitationId?: string;
  /** YYYY-MM-DD or an ISO timestamp; compared as text. */
  publishedAt?: string;
}

/** Citations that count once: one origin and the ones that repeat it. */
export interface OriginGroup {
  origin: Citation;
  members: Citation[];
  /** Why members were put together, e.g. "same URL", "c2 attributes to CPJ". */
  reasons: string[];
}

export type CorroborationLevel =
  'unsourced' | 'single_source' | 'corroborated' | 'well_corroborated' | 'disputed';

export interface Corroboration {
  level: CorroborationLevel;
  independentSources: number;
  reasoning: string;
}

export const FACT_KINDS = ['date', 'place', 'perpetrator', 'victim', 'method', 'harm'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** One citation's claim about one fact of an incident. */
export interface FactClaim {
  fact: FactKind;
  value: string;
  citationId: string;
}

export interface FactValueSupport {
  value: string;
  citationIds: string[];
  /** Names of the independent origins reporting this value. */
  sources: string[];
  independentSources: number;
}

export interface FactCorroboration extends Corroboration {
  fact: FactKind;
  values: FactValueSupport[];
}

export const QUALIFIERS = [
  'exact',
  'at_least',
  'at_most',
  'about',
  'more_than',
  'less_than',
  'almost',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A reported number: what it counts, when, where, who said it. */
export interface Figure {
  id: string;
  /** Free text: "people treated in hospitals for injuries". */
  what: string;
  /** Set when the measure is known exactly; overrides the text. */
  measureKey?: string;
  value: number;
  qualifier: Qualifier;
  date?: string;
  place?: string;
  reportedBy: string;
  citationId?: string;
}

export interface FigureGroup {
  measureKey: string;
  /** The first wording seen, for display. */
  measure: string;
  /** Every wording used for this measure. */
  wordings: string[];
  min: number;
  max: number;
  /** Every figure, none dropped, sorted by date then value. */
  values: Figure[];
}

/** One value a field had in the merged incidents, with where it came from. */
export interface MergeValue {
  value: unknown;
  /** The incidents that held this value. */
  incidentIds: string[];
  /** The citations behind it (the field's own citations when known, else the incident's). */
  citationIds: string[];
  /** Other spellings that were taken as the same value ("Айбол Кожомуратов" for "Aibol Kozhomuratov"). */
  variants?: unknown[];
}

/**
 * What became of one field: `same` (equal values collapsed), `filled` (only one side had it), `union`
 * (lists joined, equal items collapsed) or `conflict` (kept side by side; the target's value stays primary).
 */
export interface FieldMerge {
  field: MergeableField;
  status: 'same' | 'filled' | 'union' | 'conflict';
  values: MergeValue[];
  /** For conflicts: whether the values can both be true (dates that overlap, places in one city). */
  compatible?: boolean;
}

/** What to store to undo a merge: both incidents exactly as they were. */
export interface MergeRecord {
  targetId: string;
  sourceId: string;
  targetBefore: IncidentLike;
  sourceBefore: IncidentLike;
}

export interface MergePlan {
  targetId: string;
  sourceId: string;
  /** The incident after the merge: the target's id, every field filled, conflicts resolved to the target. */
  merged: IncidentLike;
  fields: FieldMerge[];
  conflicts: FieldMerge[];
  /** Every citation of both incidents, none lost. */
  citationIds: string[];
  record: MergeRecord;
}
