/**
 * Reported figures grouped by what they count, side by side and never replaced: "686 treated in hospitals"
 * (Ministry of Health) and "about 700 treated in hospital" (a news site) are one measure with two values.
 */
import { textTerms } from './text-similarity.js';
import type { Figure, FigureGroup } from './types.js';

/** Words that say nothing about what is counted. */
const GENERIC = textTerms(
  'people persons person individuals number total figure count reported officially some about new ' +
    'diagnosed confirmed registered recorded detected ' +
    'человек людей граждан число количество всего около более новых новые выявлено выявлены ' +
    'зарегистрировано зарегистрированы подтверждено',
);

/** The measure a wording names, as a key: "people treated in hospitals for injuries" → "#hospital #injure #treat". */
export function measureKeyOf(what: string): string {
  return [...textTerms(what)]
    .filter((t) => !GENERIC.has(t))
    .sort()
    .join(' ');
}

/** Group key of each figure: its explicit key, else the explicit key another figure with the same wording has. */
function keysOf(figures: readonly Figure[]): string[] {
  const explicitForText = new Map<string, string>();
  for (const f of figures) if (f.measureKey) explicitForText.set(measureKeyOf(f.what), f.measureKey);
  return figures.map(
    (f) => f.measureKey ?? explicitForText.get(measureKeyOf(f.what)) ?? measureKeyOf(f.what),
  );
}

const byDateThenValue = (a: Figure, b: Figure): number =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.value - b.value || a.id.localeCompare(b.id);

/** Figures grouped by measure, each group with its range and every value (with qualifier, date, reporter). */
export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const keys = keysOf(figures);
  const groups = new Map<string, Figure[]>();
  figures.forEach((f, i) => groups.set(keys[i]!, [...(groups.get(keys[i]!) ?? []), f]));
  return [...groups.entries()].map(([measureKey, members]) => ({
    measureKey,
    measure: members[0]!.what,
    wordings: [...new Set(members.map((m) => m.what))],
    min: Math.min(...members.map((m) => m.value)),
    max: Math.max(...members.map((m) => m.value)),
    values: [...members].sort(byDateThenValue),
  }));
}

/** The figures of one measure (given as a key or a wording) in date order; undated ones last. */
export function timeSeries(figures: readonly Figure[], measure: string): Figure[] {
  const wanted = new Set([measure, measureKeyOf(measure)]);
  const keys = keysOf(figures);
  return figures.filter((_, i) => wanted.has(keys[i]!)).sort(byDateThenValue);
}
