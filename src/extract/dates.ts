/**
 * Dates in English and Russian: our own patterns for what reports write ("On 5 October", "During the night of
 * 5 – 6 October", "By 6 October", "в ночь с 5 на 6 октября", "5 октября 2020 года"), with chrono-node for
 * relative expressions ("on Sunday", "yesterday", "last three days"), resolved only when a publication date is known.
 */
import * as chrono from 'chrono-node';
import type { DatePrecision, TimeOfDay } from '../vocabulary/vocabulary.js';
import { compileLexicon, foldCase } from './fast-regex.js';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  date_start: string | null;
  date_end: string | null;
  precision: DatePrecision;
  time_of_day: TimeOfDay | null;
  /** The preposition in front: "on", "by", "since", "during"… (lower case), or null. */
  lead: string | null;
  /** A relative expression that needs a publication date; unresolved when none is known. */
  relative: boolean;
  /** The year was written in the expression itself. */
  explicitYear: boolean;
}

export interface DateContext {
  referenceYear: number | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
}

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RU_MONTHS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
const EN_M =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const RU_M = '(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
const RU_M_IN = '(январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)';
const DASH = '\\s*(?:–|—|-|to|and|into|until|till)\\s*';
const YEAR = '(?:,?\\s+((?:19|20)\\d\\d))?';
const RU_YEAR = '(?:\\s+((?:19|20)\\d\\d)(?:\\s*(?:года|г\\.?))?)?';

function monthIndex(word: string): number {
  const w = word.toLowerCase();
  if (/[а-я]/u.test(w)) {
    if (w.startsWith('мая') || w.startsWith('мае') || w === 'май') return 5;
    return RU_MONTHS.findIndex((m) => m !== 'ма' && w.startsWith(m)) + 1;
  }
  return EN_MONTHS.indexOf(w.slice(0, 3)) + 1;
}

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Pattern {
  re: RegExp;
  build: (
    m: RegExpExecArray,
    year: number | null,
  ) => Omit<DateMention, 'start' | 'end' | 'text' | 'lead' | 'relative'> | null;
}

/** Day range within one month; `night` spans the two days of a night. */
function dayRange(
  d1: string,
  d2: string | undefined,
  month: string,
  y: string | undefined,
  year: number | null,
  night: boolean,
) {
  const yy = y ? Number(y) : year;
  const mo = monthIndex(month);
  const a = Number(d1);
  const b = d2 ? Number(d2) : night ? a + 1 : a;
  if (yy === null || mo < 1)
    return {
      date_start: null,
      date_end: null,
      precision: 'unknown' as const,
      time_of_day: night ? ('night' as const) : null,
      explicitYear: Boolean(y),
    };
  const end = b > lastDay(yy, mo) ? iso(mo === 12 ? yy + 1 : yy, mo === 12 ? 1 : mo + 1, 1) : iso(yy, mo, b);
  // "the night of 5 October" runs into the morning of the 6th.
  return {
    date_start: iso(yy, mo, a),
    date_end: end,
    precision: night ? ('night' as const) : a === b ? ('day' as const) : ('approximate' as const),
    time_of_day: night ? ('night' as const) : null,
    explicitYear: Boolean(y),
  };
}

const PATTERNS: Pattern[] = [
  // English nights: "the night of 5 – 6 October", "night of 5 October 2020", "the night of October 5-6"
  {
    re: new RegExp(
      `\\bnight\\s+of\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:${DASH}(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${EN_M}${YEAR}`,
      'giu',
    ),
    build: (m, y) => dayRange(m[1]!, m[2], m[3]!, m[4], y, true),
  },
  {
    re: new RegExp(
      `\\bnight\\s+of\\s+${EN_M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:${DASH}(\\d{1,2}))?${YEAR}`,
      'giu',
    ),
    build: (m, y) => dayRange(m[2]!, m[3], m[1]!, m[4], y, true),
  },
  // Russian nights: "в ночь с 5 на 6 октября", "в ночь на 6 октября"
  {
    re: new RegExp(
      `в\\s+ночь\\s+(?:с|со)\\s+(\\d{1,2})(?:-?го)?\\s+(?:на|по)\\s+(\\d{1,2})(?:-?е)?\\s+${RU_M}${RU_YEAR}`,
      'giu',
    ),
    build: (m, y) => dayRange(m[1]!, m[2], m[3]!, m[4], y, true),
  },
  {
    re: new RegExp(`в\\s+ночь\\s+на\\s+(\\d{1,2})(?:-?е)?\\s+${RU_M}${RU_YEAR}`, 'giu'),
    build: (m, y) => {
      const r = dayRange(m[1]!, undefined, m[2]!, m[3], y, true);
      if (!r.date_start) return r;
      const prev = new Date(`${r.date_start}T00:00:00Z`);
      prev.setUTCDate(prev.getUTCDate() - 1);
      return { ...r, date_start: prev.toISOString().slice(0, 10), date_end: r.date_start };
    },
  },
  // Ranges: "5 – 7 October", "October 5-7, 2020", "с 5 по 7 октября"
  {
    re: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?${DASH}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_M}${YEAR}`,
      'giu',
    ),
    build: (m, y) => dayRange(m[1]!, m[2], m[3]!, m[4], y, false),
  },
  {
    re: new RegExp(`\\b${EN_M}\\s+(\\d{1,2})(?:st|nd|rd|th)?${DASH}(\\d{1,2})(?:st|nd|rd|th)?${YEAR}`, 'giu'),
    build: (m, y) => dayRange(m[2]!, m[3], m[1]!, m[4], y, false),
  },
  {
    re: new RegExp(`(?:с\\s+)?(\\d{1,2})\\s*(?:–|—|-|по|до)\\s*(\\d{1,2})\\s+${RU_M}${RU_YEAR}`, 'giu'),
    build: (m, y) => dayRange(m[1]!, m[2], m[3]!, m[4], y, false),
  },
  // Single days
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_M}${YEAR}(?![\\d])`, 'giu'),
    build: (m, y) => dayRange(m[1]!, undefined, m[2]!, m[3], y, false),
  },
  {
    re: new RegExp(`\\b${EN_M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)${YEAR}`, 'giu'),
    build: (m, y) => dayRange(m[2]!, undefined, m[1]!, m[3], y, false),
  },
  {
    re: new RegExp(`(\\d{1,2})(?:-?го)?\\s+${RU_M}${RU_YEAR}`, 'giu'),
    build: (m, y) => dayRange(m[1]!, undefined, m[2]!, m[3], y, false),
  },
  // Numeric: 2020-10-05, 05.10.2020 (day first, as Russian and European texts write it)
  {
    re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/gu,
    build: (m) => ({
      date_start: iso(+m[1]!, +m[2]!, +m[3]!),
      date_end: iso(+m[1]!, +m[2]!, +m[3]!),
      precision: 'day',
      time_of_day: null,
      explicitYear: true,
    }),
  },
  {
    re: /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/gu,
    build: (m) => ({
      date_start: iso(+m[3]!, +m[2]!, +m[1]!),
      date_end: iso(+m[3]!, +m[2]!, +m[1]!),
      precision: 'day',
      time_of_day: null,
      explicitYear: true,
    }),
  },
  // Months: "in October 2020", "in July and August", "в октябре"
  {
    re: new RegExp(
      `\\b(?:in|during|since|by)\\s+(?:early\\s+|mid-?\\s*|late\\s+)?${EN_M}(?:\\s+((?:19|20)\\d\\d))?\\b`,
      'giu',
    ),
    build: (m, y) => monthRange(m[1]!, m[2], y),
  },
  {
    re: new RegExp(`\\b${EN_M}\\s+((?:19|20)\\d\\d)\\b`, 'giu'),
    build: (m, y) => monthRange(m[1]!, m[2], y),
  },
  {
    re: new RegExp(`(?:^|\\s)в\\s+${RU_M_IN}(?:\\s+((?:19|20)\\d\\d))?`, 'giu'),
    build: (m, y) => monthRange(m[1]!, m[2], y),
  },
];

const FAST_PATTERNS: Pattern[] = PATTERNS.map(({ re, build }) => ({ re: compileLexicon(re), build }));

function monthRange(month: string, y: string | undefined, year: number | null) {
  const yy = y ? Number(y) : year;
  const mo = monthIndex(month);
  if (yy === null || mo < 1)
    return {
      date_start: null,
      date_end: null,
      precision: 'unknown' as const,
      time_of_day: null,
      explicitYear: Boolean(y),
    };
  return {
    date_start: iso(yy, mo, 1),
    date_end: iso(yy, mo, lastDay(yy, mo)),
    precision: 'month' as const,
    time_of_day: null,
    explicitYear: Boolean(y),
  };
}

const LEAD =
  /(?:^|\s)(on|by|since|during|from|until|before|after|following|between|в|с|до|к|после|накануне)\s+(?:the\s+)?$/iu;
const TIME_OF_DAY: [RegExp, TimeOfDay][] = [
  [/\b(?:night|overnight|midnight|early\s+hours|before\s+dawn|pre-?dawn)\b|ноч/iu, 'night'],
  [/\bevening\b|вечер/iu, 'evening'],
  [/\bafternoon\b|днём|днем|после обеда/iu, 'afternoon'],
  [/\bmorning\b|утр/iu, 'morning'],
];

/** The time of day a sentence names ("in the evening", "ночью"), or null. */
export function timeOfDay(s: string): TimeOfDay | null {
  return TIME_OF_DAY.find(([re]) => re.test(s))?.[1] ?? null;
}

const RELATIVE_HINT =
  /\b(?:today|yesterday|tonight|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|days? ago|weekend)\b|сегодня|вчера|позавчера|накануне|понедельник|вторник|среду|четверг|пятниц|суббот|воскресень|последние/iu;

const RELATIVE_HINT_FAST = compileLexicon(RELATIVE_HINT);

function relativeMentions(
  s: string,
  ctx: DateContext,
  lang: 'en' | 'ru' | 'und',
  taken: (a: number, b: number) => boolean,
): DateMention[] {
  RELATIVE_HINT_FAST.lastIndex = 0;
  if (!RELATIVE_HINT_FAST.test(foldCase(s))) return [];
  const parser = lang === 'ru' ? chrono.ru : chrono.en;
  const ref = ctx.publishedAt
    ? new Date(`${ctx.publishedAt.slice(0, 10)}T12:00:00Z`)
    : new Date(Date.UTC(2000, 0, 1, 12));
  const out: DateMention[] = [];
  for (const r of parser.parse(s, ref, { forwardDate: false })) {
    if (taken(r.index, r.index + r.text.length)) continue;
    if (r.start.isCertain('month') && r.start.isCertain('day') && !RELATIVE_HINT.test(r.text)) continue;
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const resolved = ctx.publishedAt !== null;
    const startDay = day(r.start.date());
    const endDay = r.end
      ? day(r.end.date())
      : /last|последн/iu.test(r.text)
        ? (ctx.publishedAt?.slice(0, 10) ?? null)
        : startDay;
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      date_start: resolved ? (startDay <= (endDay ?? startDay) ? startDay : endDay) : null,
      date_end: resolved ? endDay : null,
      precision: resolved ? (startDay === endDay ? 'day' : 'approximate') : 'unknown',
      time_of_day: timeOfDay(r.text),
      lead: LEAD.exec(s.slice(Math.max(0, r.index - 20), r.index))?.[1]?.toLowerCase() ?? null,
      relative: true,
      explicitYear: false,
    });
  }
  return out;
}

/** Every date expression in a sentence, left to right, resolved against the reference year or publication date. */
export function findDates(s: string, outer: DateContext, lang: 'en' | 'ru' | 'und' = 'en'): DateMention[] {
  // A year written in the sentence ("In January 2022, …; on 5 January …") governs its other dates.
  const local = /\d{4}/.test(s) ? statedYears(s)[0] : undefined;
  const ctx: DateContext = local ? { ...outer, referenceYear: local } : outer;
  const found: DateMention[] = [];
  const taken = (a: number, b: number) => found.some((f) => a < f.end && b > f.start);
  const folded = foldCase(s);
  // Every pattern but the month ones needs a digit; most sentences have none.
  const patterns = /\d/.test(s) ? FAST_PATTERNS : FAST_PATTERNS.slice(-3);
  for (const { re, build } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      if (taken(start, end)) continue;
      const built = build(m, ctx.referenceYear);
      if (!built) continue;
      const before = s.slice(Math.max(0, start - 25), start);
      const nightBefore = /\bnight\s+of\s+$/iu.test(before);
      found.push({
        ...built,
        start,
        end,
        text: s.slice(start, end),
        lead: /^в\s+ночь/iu.test(m[0].trim()) ? 'during' : (LEAD.exec(before)?.[1]?.toLowerCase() ?? null),
        time_of_day: built.time_of_day ?? (nightBefore ? 'night' : null),
        relative: false,
      });
    }
  }
  found.push(...relativeMentions(s, ctx, lang, taken));
  return found.sort((a, b) => a.start - b.start);
}

/** Years written in full dates or "in 2020"-style phrases of a text, most frequent first. */
export function statedYears(text: string): number[] {
  const counts = new Map<number, number>();
  const re = new RegExp(
    `(?:\\d{1,2}\\s+${EN_M}|${EN_M}\\s+\\d{1,2},?|${EN_M}|\\d{1,2}\\s+${RU_M}|\\b(?:in|of|since)|\\bв)\\s+((?:19|20)\\d\\d)\\b`,
    'giu',
  );
  for (const m of text.matchAll(re)) {
    const y = Number(m[m.length - 1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([y]) => y);
}
