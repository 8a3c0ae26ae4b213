/**
 * Scores an Extraction against a hand-coded truth file (see ../shared/corpus/*.truth.json): incidents are matched
 * one-to-one by quote overlap, or by overlapping dates and the same family of event type; matched pairs are then
 * scored field by field. Pure: the evaluation script does the reading and printing.
 */
import type { Extraction, ExtractedIncident } from '../../src/extract/types.js';
import { addCounts, compareSets, type Counts, prf, type Prf } from './prf.js';

export interface TruthIncident {
  id: string;
  date_start: string | null;
  date_end: string | null;
  time_of_day?: string | null;
  city?: string | null;
  cities?: string[];
  city_note?: string;
  event_type: string;
  perpetrator?: { label: string; kind: string } | null;
  victims?: { name: string | null; label: string; role: string | null; affiliation: string | null }[];
  methods?: string[];
  killed?: number | null;
  injured?: number | null;
  evidence_quote: string;
}

export interface TruthFile {
  incidents: TruthIncident[];
  statistics?: { what: string; value: number; date: string | null; footnote?: number }[];
  footnotes?: { n: number; url: string }[];
  actors?: string[];
}

export interface IncidentPair {
  truth: TruthIncident;
  predicted: ExtractedIncident | null;
}

export interface ExtractionScore {
  incidents: Prf;
  fields: Record<string, Prf>;
  figures: Prf;
  figureFootnotes: Prf;
  footnotes: Prf;
  actors: Prf;
  pairs: IncidentPair[];
  unmatched: ExtractedIncident[];
}

const FAMILIES: string[][] = [
  ['attack_on_journalist', 'obstruction_of_journalist'],
  [
    'excessive_force_against_protesters',
    'protest_with_intervention',
    'violent_demonstration',
    'attack_on_police',
  ],
  ['peaceful_protest'],
  ['attack_on_medical_services'],
  ['seizure_of_building'],
  ['political_development'],
  ['attack', 'mob_violence', 'death_in_unclear_circumstances'],
  ['arrests'],
];

/** Same family of event type (an attack and an obstruction of a journalist are near misses, not strangers). */
export function sameFamily(a: string, b: string): boolean {
  return a === b || FAMILIES.some((f) => f.includes(a) && f.includes(b));
}

export function fold(s: string): string {
  return s.replace(/[’‘]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** Share of the shorter quote's words found in the longer one. */
export function quoteOverlap(a: string, b: string): number {
  const wa = fold(a).split(' ');
  const wb = new Set(fold(b).split(' '));
  const [short, long] = wa.length <= wb.size ? [wa, wb] : [fold(b).split(' '), new Set(wa)];
  if (short.length === 0) return 0;
  return short.filter((w) => long.has(w)).length / short.length;
}

function datesOverlap(p: ExtractedIncident, t: TruthIncident): boolean {
  if (!p.date_start || !t.date_start) return false;
  return p.date_start <= (t.date_end ?? t.date_start) && t.date_start <= (p.date_end ?? p.date_start);
}

function matchScore(p: ExtractedIncident, t: TruthIncident): number {
  const quotes = [p.quote, ...p.supporting.map((s) => s.quote)];
  const q = Math.max(...quotes.map((x) => quoteOverlap(x, t.evidence_quote)));
  const mainQ = quoteOverlap(p.quote, t.evidence_quote);
  const family = sameFamily(p.event_type, t.event_type);
  const date = datesOverlap(p, t);
  if (mainQ >= 0.8 || (q >= 0.8 && family) || (date && family && q >= 0.3))
    return (family ? 1 : 0) + (date ? 1 : 0) + mainQ * 2 + q;
  return 0;
}

/** One-to-one matching, best pairs first. */
export function matchIncidents(
  predicted: ExtractedIncident[],
  truth: TruthIncident[],
): { pairs: IncidentPair[]; unmatched: ExtractedIncident[] } {
  const candidates: { pi: number; ti: number; s: number }[] = [];
  predicted.forEach((p, pi) =>
    truth.forEach((t, ti) => {
      const s = matchScore(p, t);
      if (s > 0) candidates.push({ pi, ti, s });
    }),
  );
  candidates.sort((a, b) => b.s - a.s);
  const usedP = new Set<number>();
  const byTruth = new Map<number, number>();
  for (const c of candidates) {
    if (usedP.has(c.pi) || byTruth.has(c.ti)) continue;
    usedP.add(c.pi);
    byTruth.set(c.ti, c.pi);
  }
  return {
    pairs: truth.map((t, ti) => ({
      truth: t,
      predicted: byTruth.has(ti) ? (predicted[byTruth.get(ti)!] ?? null) : null,
    })),
    unmatched: predicted.filter((_, pi) => !usedP.has(pi)),
  };
}

/** A scalar field: right, wrong, missed or invented. */
function scalar(correct: boolean, predictedPresent: boolean, truthPresent: boolean): Counts {
  if (correct) return { tp: 1, fp: 0, fn: 0 };
  return { tp: 0, fp: predictedPresent ? 1 : 0, fn: truthPresent ? 1 : 0 };
}

function cityCounts(p: ExtractedIncident, t: TruthIncident): Counts {
  const allowed = (t.cities ?? (t.city ? [t.city] : [])).map((c) => c.toLowerCase());
  const noneOk = !t.city && !t.cities ? true : /no city/iu.test(t.city_note ?? '');
  if (p.city === null) return noneOk ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 0, fn: 1 };
  return scalar(allowed.includes(p.city.toLowerCase()), true, allowed.length > 0);
}

function dateCounts(p: ExtractedIncident, t: TruthIncident): Counts {
  if (!t.date_start) return scalar(p.date_start === null, p.date_start !== null, false);
  const inRange =
    p.date_start !== null && p.date_start >= t.date_start && p.date_start <= (t.date_end ?? t.date_start);
  const endOk =
    p.date_end === null || (p.date_end >= t.date_start && p.date_end <= (t.date_end ?? t.date_start));
  return scalar(inRange && endOk, p.date_start !== null, true);
}

function numberCounts(p: number | null, t: number | null | undefined): Counts {
  return scalar(p === (t ?? null), p !== null, t !== null && t !== undefined);
}

/** Field-level counts of one matched pair. */
export function fieldCounts(p: ExtractedIncident, t: TruthIncident): Record<string, Counts> {
  const tv = t.victims ?? [];
  const named = (vs: { name: string | null }[]) =>
    vs
      .map((v) => v.name)
      .filter((n): n is string => !!n)
      .map(fold);
  const affs = (vs: { role: string | null; affiliation: string | null }[]) =>
    vs.filter((v) => v.affiliation).map((v) => `${v.role}:${fold(v.affiliation ?? '')}`);
  return {
    date: dateCounts(p, t),
    time_of_day: scalar(
      (p.time_of_day ?? null) === (t.time_of_day ?? null),
      p.time_of_day !== null,
      !!t.time_of_day,
    ),
    city: cityCounts(p, t),
    event_type: scalar(p.event_type === t.event_type, true, true),
    perpetrator_kind: scalar(
      (p.perpetrator?.kind ?? null) === (t.perpetrator?.kind ?? null),
      !!p.perpetrator,
      !!t.perpetrator,
    ),
    victim_names: compareSets(named(p.victims), named(tv)),
    victim_roles: compareSets(
      p.victims.map((v) => v.role),
      tv.map((v) => v.role),
    ),
    victim_affiliations: compareSets(affs(p.victims), affs(tv)),
    methods: compareSets(p.methods, t.methods ?? []),
    killed: numberCounts(p.killed, t.killed),
    injured: numberCounts(p.injured, t.injured),
  };
}

/** Scores a whole extraction against a truth file. */
export function scoreExtraction(extraction: Extraction, truth: TruthFile): ExtractionScore {
  const { pairs, unmatched } = matchIncidents(extraction.incidents, truth.incidents);
  const matched = pairs.filter((p) => p.predicted).length;
  const fields: Record<string, Counts> = {};
  for (const { truth: t, predicted: p } of pairs) {
    if (!p) continue;
    for (const [k, c] of Object.entries(fieldCounts(p, t)))
      fields[k] = addCounts(fields[k] ?? { tp: 0, fp: 0, fn: 0 }, c);
  }
  const stats = truth.statistics ?? [];
  const figs = [...extraction.figures];
  let figTp = 0;
  const fnCounts: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const s of stats) {
    const i = figs.findIndex((f) => f.value === s.value && (!s.date || !f.date || f.date === s.date));
    if (i < 0) {
      if (s.footnote) fnCounts.fn++;
      continue;
    }
    figTp++;
    const f = figs.splice(i, 1)[0];
    if (s.footnote) {
      const url = truth.footnotes?.find((x) => x.n === s.footnote)?.url;
      Object.assign(fnCounts, addCounts(fnCounts, scalar(f?.url === url, !!f?.url, true)));
    }
  }
  const actorNames = extraction.actors.map((a) => fold(a.name));
  const truthActors = (truth.actors ?? []).map(fold);
  const actorTp = truthActors.filter((t) =>
    actorNames.some((n) => n === t || n.includes(t) || t.includes(n)),
  ).length;
  const actorFp = actorNames.filter(
    (n) => !truthActors.some((t) => n === t || n.includes(t) || t.includes(n)),
  ).length;
  return {
    incidents: prf({ tp: matched, fp: unmatched.length, fn: truth.incidents.length - matched }),
    fields: Object.fromEntries(Object.entries(fields).map(([k, c]) => [k, prf(c)])),
    figures: prf({ tp: figTp, fp: figs.length, fn: stats.length - figTp }),
    figureFootnotes: prf(fnCounts),
    footnotes: prf(
      compareSets(
        extraction.footnotes.map((f) => `${f.n} ${f.url}`),
        (truth.footnotes ?? []).map((f) => `${f.n} ${f.url}`),
      ),
    ),
    actors: prf({ tp: actorTp, fp: actorFp, fn: truthActors.length - actorTp }),
    pairs,
    unmatched,
  };
}
