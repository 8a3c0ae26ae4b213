/** Calendar arithmetic on ISO dates (YYYY-MM-DD) as whole UTC days, so time zones never shift a day. */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date, or null when it is missing or malformed. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** An incident's span in days: [start, end) with end exclusive; null when it has no date. */
export function incidentSpan(i: {
  dateStart: string | null;
  dateEnd: string | null;
}): [number, number] | null {
  const start = dayNumber(i.dateStart ?? i.dateEnd);
  if (start === null) return null;
  const end = dayNumber(i.dateEnd) ?? start;
  return [start, Math.max(end, start) + 1];
}
