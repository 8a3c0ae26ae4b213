/**
 * Dates as day intervals, so that a night spanning two days overlaps both, an approximate date a week around it,
 * a month the whole month.
 */
import type { DateRange } from './types.js';

const DAY_MS = 86_400_000;
/** How many days either side an `approximate` date may be off. */
const APPROXIMATE_SLACK = 3;

/** Days since 1970-01-01 of "YYYY-MM-DD" ("YYYY-MM" and "YYYY" give the first day); undefined if unreadable. */
export function dayNumber(text: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1'));
  return Number.isNaN(ms) ? undefined : Math.round(ms / DAY_MS);
}

/** "YYYY-MM-DD" of a day number. */
export const dayText = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

function lastDayOfMonth(day: number): number {
  const d = new Date(day * DAY_MS);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS) - 1;
}

/** The inclusive day interval a reported date covers, or undefined when the date is unknown or unreadable. */
export function dayInterval(date: DateRange | undefined): [number, number] | undefined {
  if (!date || date.precision === 'unknown') return undefined;
  const start = dayNumber(date.start);
  if (start === undefined) return undefined;
  const end = date.end ? (dayNumber(date.end) ?? start) : undefined;
  switch (date.precision) {
    case 'day':
      return [start, Math.max(start, end ?? start)];
    case 'night':
      return [start, Math.max(start + 1, end ?? start + 1)];
    case 'approximate':
      return [start - APPROXIMATE_SLACK, (end ?? start) + APPROXIMATE_SLACK];
    case 'month':
      return [start, lastDayOfMonth(end ?? start)];
    case 'year': {
      const year = new Date(start * DAY_MS).getUTCFullYear();
      const lastYear = end === undefined ? year : new Date(end * DAY_MS).getUTCFullYear();
      return [start, Math.round(Date.UTC(lastYear + 1, 0, 1) / DAY_MS) - 1];
    }
  }
}

/** Whether two day intervals share at least one day. */
export const intervalsOverlap = (a: [number, number] | undefined, b: [number, number] | undefined): boolean =>
  a !== undefined && b !== undefined && a[0] <= b[1] && b[0] <= a[1];

const describe = (i: [number, number]): string =>
  i[0] === i[1] ? dayText(i[0]) : `${dayText(i[0])}..${dayText(i[1])}`;

/** How compatible two reported dates are, in [0, 1], with the reason in words; undefined if either is unknown. */
export function compareDates(
  a: [number, number] | undefined,
  b: [number, number] | undefined,
): { similarity: number; text: string } | undefined {
  if (!a || !b) return undefined;
  if (a[0] === a[1] && b[0] === b[1] && a[0] === b[0])
    return { similarity: 1, text: `same day ${dayText(a[0])}` };
  const gap = Math.max(a[0], b[0]) - Math.min(a[1], b[1]);
  if (gap <= 0) {
    // Overlapping: the wider the ranges, the less the overlap says.
    const widest = Math.max(a[1] - a[0], b[1] - b[0]) + 1;
    const similarity = Math.max(0.5, 1 - (widest - 1) * 0.1);
    return { similarity, text: `dates overlap: ${describe(a)} and ${describe(b)}` };
  }
  // One day apart is common (event at night, reported the next day; time zones): weak but real support.
  const similarity = gap === 1 ? 0.5 : gap === 2 ? 0.25 : 0;
  return {
    similarity,
    text: `dates ${gap} day${gap === 1 ? '' : 's'} apart: ${describe(a)} vs ${describe(b)}`,
  };
}
