/**
 * The output contract of `extract`: plain JSON-serialisable data. Every proposal carries the exact text it came
 * from (`quote`) and where (`span`: `text.slice(span[0], span[1]) === quote`).
 */
import type {
  ActorKind,
  DatePrecision,
  EventType,
  Method,
  TimeOfDay,
  VictimRole,
} from '../vocabulary/vocabulary.js';

export type Span = [number, number];
export type ExtractLanguage = 'en' | 'ru' | 'und';

export interface ExtractOptions {
  fileName?: string;
  /** ISO date (YYYY-MM-DD or full ISO) the document was published; anchors relative dates and the year. */
  publishedAt?: string | null;
  language?: ExtractLanguage;
}

export interface Footnote {
  n: number;
  url: string;
}

export interface Citation {
  /** Footnote number the sentence is marked with, or null for a URL written inline. */
  footnote: number | null;
  url: string | null;
}

export interface Victim {
  name: string | null;
  label: string;
  role: VictimRole | null;
  affiliation: string | null;
}

export interface Perpetrator {
  label: string;
  kind: ActorKind;
}

/** A standards fact the text states (names and values of standards/RULES.md), with the words that state it. */
export interface StatedFact {
  value: string | boolean;
  quote: string;
}

export interface ExtractedIncident {
  date_start: string | null;
  date_end: string | null;
  date_precision: DatePrecision;
  time_of_day: TimeOfDay | null;
  city: string | null;
  /** Every city the incident's sentences name, first one = `city`. */
  cities: string[];
  place_id: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  event_type: EventType;
  perpetrator: Perpetrator | null;
  victims: Victim[];
  methods: Method[];
  killed: number | null;
  injured: number | null;
  quote: string;
  span: Span;
  /** Later sentences folded into this incident (continuations, casualty counts), each with its own span. */
  supporting: { quote: string; span: Span }[];
  citations: Citation[];
  facts: Record<string, StatedFact>;
  /** Who reported the incident, when the sentence says so ("the Minister of Health expressed concern that…"). */
  reported_by: string | null;
}

export type FigureQualifier =
  'exact' | 'at_least' | 'more_than' | 'at_most' | 'fewer_than' | 'about' | 'almost';

export interface Figure {
  what: string;
  /** What the number counts when it is a casualty or detention figure, read from the words around it. */
  measure: 'killed' | 'injured' | 'detained' | null;
  value: number;
  qualifier: FigureQualifier;
  date: string | null;
  place: string | null;
  reported_by: string | null;
  quote: string;
  span: Span;
  footnote: number | null;
  url: string | null;
}

export interface Actor {
  name: string;
  kind: ActorKind;
  role?: string;
  affiliation?: string;
  quote: string;
  span: Span;
}

export interface ExtractWarning {
  code: 'relative_date_unresolved' | 'no_reference_year' | 'no_incidents' | 'incident_without_date';
  message: string;
  span: Span | null;
}

export interface Extraction {
  document: {
    language: ExtractLanguage;
    published: string | null;
    reference_year: number | null;
    /** How the reference year was found. */
    reference_year_source: 'text' | 'published' | 'footnote_url' | null;
    title: string | null;
    /** ISO2 country the document is mostly about (most named country), or null. */
    country: string | null;
    file_name: string | null;
  };
  incidents: ExtractedIncident[];
  figures: Figure[];
  footnotes: Footnote[];
  actors: Actor[];
  warnings: ExtractWarning[];
}
