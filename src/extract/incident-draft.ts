/**
 * An incident while it is being read (its main sentence, later sentences folded in, its date), how drafts of the
 * same event are merged, and how a draft becomes the ExtractedIncident of the output contract.
 */
import type { Method } from '../vocabulary/vocabulary.js';
import type { SentenceAnalysis } from './analysis.js';
import type { DateMention } from './dates.js';
import type { EventReading } from './events.js';
import type { Citation, ExtractedIncident, Victim } from './types.js';

export interface Draft {
  paragraph: number;
  main: SentenceAnalysis;
  extra: SentenceAnalysis[];
  reading: EventReading;
  date: DateMention | null;
  inheritedDate: boolean;
  /** The sentence reports that the event happened ("expressed concern that…"): its date is the report's. */
  reported: boolean;
  reportedBy: string | null;
  killed: number | null;
  injured: number | null;
}

function overlaps(a: DateMention | null, b: DateMention | null): boolean {
  if (!a?.date_start || !b?.date_start) return false;
  return a.date_start <= (b.date_end ?? b.date_start) && b.date_start <= (a.date_end ?? a.date_start);
}

/** Folds drafts that report the same event twice (same type, overlapping dates, same kind of actor). */
export function mergeDuplicates(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const twin = out.find(
      (o) =>
        o.reading.type === d.reading.type &&
        !o.inheritedDate &&
        !d.inheritedDate &&
        overlaps(o.date, d.date) &&
        (o.reading.perpetrator?.kind ?? null) === (d.reading.perpetrator?.kind ?? null) &&
        !d.reading.victims.some((v) => v.name && !o.reading.victims.some((w) => w.name === v.name)) &&
        !o.reading.victims.some((v) => v.name && !d.reading.victims.some((w) => w.name === v.name)),
    );
    if (twin) twin.extra.push(d.main, ...d.extra);
    else out.push(d);
  }
  return out;
}

function victimsOf(d: Draft): Victim[] {
  const victims = [...d.reading.victims];
  return victims.filter(
    (v, i) => victims.findIndex((w) => (w.name ?? w.label) === (v.name ?? v.label)) === i,
  );
}

/** The output form of a draft. */
export function toIncident(
  d: Draft,
  text: string,
  footnoteUrl: (n: number) => string | null,
  urlsIn: (s: string) => string[],
): ExtractedIncident {
  const sentences = [
    d.main,
    ...d.extra.filter((x) => x.sentence.paragraph === d.paragraph || x.methods.length > 0),
  ];
  const methods: Method[] = [];
  const withMethods =
    d.reading.type === 'peaceful_protest' || d.reading.type === 'political_development'
      ? []
      : [d.main, ...d.extra];
  for (const s of withMethods)
    for (const m of s.methods) if (!methods.includes(m.method)) methods.push(m.method);
  const places = sentences.flatMap((s) => s.places);
  const first = places[0]?.place ?? null;
  const citations: Citation[] = [];
  for (const s of sentences) {
    for (const n of s.sentence.footnotes) citations.push({ footnote: n, url: footnoteUrl(n) });
    for (const url of urlsIn(s.text)) citations.push({ footnote: null, url });
  }
  const date = d.date;
  const precision =
    !date || date.date_start === null ? 'unknown' : d.reported ? 'approximate' : date.precision;
  return {
    date_start: date?.date_start ?? null,
    date_end: date?.date_end ?? null,
    date_precision: precision,
    time_of_day: d.inheritedDate ? null : (date?.time_of_day ?? null),
    city: first?.name ?? null,
    cities: [...new Set(places.map((p) => p.place.name))],
    place_id: first?.id ?? null,
    country: first?.country ?? null,
    latitude: first?.latitude ?? null,
    longitude: first?.longitude ?? null,
    event_type: d.reading.type,
    perpetrator: d.reading.perpetrator,
    victims: victimsOf(d),
    methods,
    killed: d.killed,
    injured: d.injured,
    quote: text.slice(d.main.sentence.start, d.main.sentence.end),
    span: [d.main.sentence.start, d.main.sentence.end],
    supporting: d.extra.map((x) => ({
      quote: text.slice(x.sentence.start, x.sentence.end),
      span: [x.sentence.start, x.sentence.end],
    })),
    citations,
    facts: {},
    reported_by: d.reportedBy,
  };
}
