/** Calendar-day arithmetic on 'YYYY-MM-DD' strings, in UTC so that no time zone shifts a day. */

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid 'YYYY-MM-DD', or null for anything else (including 2020-02-30). */
export function dayNumber(date: string): number | null {
  const m = ISO_DAY.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export const isDay = (date: string): boolean => dayNumber(date) !== null;

function mustDay(date: string): number {
  const n = dayNumber(date);
  if (n === null) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return n;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => mustDay(to) - mustDay(from);

/** The date `days` after `date`. */
export const addDays = (date: string, days: number): string =>
  new Date((mustDay(date) + days) * DAY_MS).toISOString().slice(0, 10);

/** Median of a list, or null when it is empty. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] as number;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] as number) + hi) / 2;
}
