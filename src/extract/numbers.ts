/**
 * Numbers written in digits or in words (English and Russian, including Russian collectives such as "шестеро"),
 * with the qualifier in front of them ("at least", "more than", "около", "не менее").
 */
import type { FigureQualifier } from './types.js';

export interface NumberMention {
  value: number;
  qualifier: FigureQualifier;
  /** Offsets inside the searched string, qualifier excluded. */
  start: number;
  end: number;
  text: string;
  /** True for vague plurals ("dozens", "сотни"): `value` is their lower bound. */
  vague: boolean;
}

const EN_UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const RU_UNITS: Record<string, number> = {};
const RU_FORMS: [number, string[]][] = [
  [1, ['один', 'одна', 'одно', 'одного', 'одной', 'одному']],
  [2, ['два', 'две', 'двух', 'двое', 'двоих', 'двум']],
  [3, ['три', 'трех', 'трёх', 'трое', 'троих', 'трем', 'трём']],
  [4, ['четыре', 'четырех', 'четырёх', 'четверо', 'четверых']],
  [5, ['пять', 'пяти', 'пятеро', 'пятерых']],
  [6, ['шесть', 'шести', 'шестеро', 'шестерых']],
  [7, ['семь', 'семи', 'семеро', 'семерых']],
  [8, ['восемь', 'восьми', 'восьмеро']],
  [9, ['девять', 'девяти', 'девятеро']],
  [10, ['десять', 'десяти', 'десятеро']],
  [11, ['одиннадцать', 'одиннадцати']],
  [12, ['двенадцать', 'двенадцати']],
  [13, ['тринадцать', 'тринадцати']],
  [14, ['четырнадцать', 'четырнадцати']],
  [15, ['пятнадцать', 'пятнадцати']],
  [16, ['шестнадцать', 'шестнадцати']],
  [17, ['семнадцать', 'семнадцати']],
  [18, ['восемнадцать', 'восемнадцати']],
  [19, ['девятнадцать', 'девятнадцати']],
  [20, ['двадцать', 'двадцати']],
  [30, ['тридцать', 'тридцати']],
  [40, ['сорок', 'сорока']],
  [50, ['пятьдесят', 'пятидесяти']],
  [60, ['шестьдесят', 'шестидесяти']],
  [70, ['семьдесят', 'семидесяти']],
  [80, ['восемьдесят', 'восьмидесяти']],
  [90, ['девяносто', 'девяноста']],
  [100, ['сто', 'ста']],
  [200, ['двести', 'двухсот']],
  [300, ['триста', 'трехсот', 'трёхсот']],
  [400, ['четыреста', 'четырехсот', 'четырёхсот']],
  [500, ['пятьсот', 'пятисот']],
  [600, ['шестьсот', 'шестисот']],
  [700, ['семьсот', 'семисот']],
  [800, ['восемьсот', 'восьмисот']],
  [900, ['девятьсот', 'девятисот']],
];
for (const [value, forms] of RU_FORMS) for (const f of forms) RU_UNITS[f] = value;

const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  тысяча: 1000,
  тысячи: 1000,
  тысяч: 1000,
  тысячу: 1000,
  миллион: 1_000_000,
  миллиона: 1_000_000,
  миллионов: 1_000_000,
};
const VAGUE: Record<string, number> = {
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  десятки: 20,
  десятков: 20,
  сотни: 200,
  сотен: 200,
  тысячи: 2000,
};

const QUALIFIERS: [RegExp, FigureQualifier][] = [
  [/(?:at least|no fewer than|no less than|не менее|как минимум|минимум|по меньшей мере)\s+$/iu, 'at_least'],
  [/(?:more than|over|in excess of|upwards of|более чем|более|больше|свыше)\s+$/iu, 'more_than'],
  [/(?:almost|nearly|close to|почти)\s+$/iu, 'almost'],
  [
    /(?:about|around|approximately|roughly|some|an estimated|около|примерно|порядка|приблизительно)\s+$/iu,
    'about',
  ],
  [/(?:up to|at most|no more than|не более|до)\s+$/iu, 'at_most'],
  [/(?:fewer than|less than|under|менее|меньше)\s+$/iu, 'fewer_than'],
];

// Plain (non-Unicode) classes: much faster in V8, and Latin/Cyrillic letters are all number words use.
const TOKEN = /\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|[a-zA-Zа-яА-ЯёЁ]+/g;

function wordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  return EN_UNITS[w] ?? RU_UNITS[w];
}

let numberWords: RegExp | undefined;

/** Every number in the string, digits or words, with its qualifier. */
export function findNumbers(s: string): NumberMention[] {
  // Cheap gate: no digit and no number word means no number.
  numberWords ??= new RegExp(
    `(?:${[...Object.keys(EN_UNITS), ...Object.keys(RU_UNITS), ...Object.keys(VAGUE)].sort((a, b) => b.length - a.length).join('|')})`,
    'i',
  );
  if (!/\d/.test(s) && !numberWords.test(s)) return [];
  return readNumbers(s);
}

function readNumbers(s: string): NumberMention[] {
  const tokens = [...s.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    let value: number | undefined;
    let vague = false;
    let j = i;
    if (/^\d/u.test(tok.text)) {
      if (/^[.][\p{L}]/u.test(s.slice(tok.end, tok.end + 2)) || /[\p{L}]/u.test(s[tok.end] ?? '')) continue; // "24.kg"
      value = Number(tok.text.replace(/,/gu, ''));
    } else if (
      VAGUE[tok.text.toLowerCase()] !== undefined &&
      wordValue(tokens[i - 1]?.text ?? '') === undefined
    ) {
      value = VAGUE[tok.text.toLowerCase()];
      vague = true;
    } else {
      const first = wordValue(tok.text);
      if (first === undefined) continue;
      value = first;
      // Compose "two hundred and fifty", "twenty-five", "двести пятьдесят", "две тысячи".
      for (let k = i + 1; k < tokens.length; k++) {
        const next = tokens[k];
        if (!next || !/^[\s-]+$/u.test(s.slice(tokens[k - 1]?.end ?? 0, next.start))) {
          if (next?.text.toLowerCase() === 'and' && wordValue(tokens[k + 1]?.text ?? '') !== undefined)
            continue;
          break;
        }
        const w = next.text.toLowerCase();
        if (MULTIPLIERS[w]) {
          value = value * MULTIPLIERS[w];
          j = k;
        } else if (w === 'and' && wordValue(tokens[k + 1]?.text ?? '') !== undefined) {
          continue;
        } else {
          const add = wordValue(w);
          if (add === undefined || add >= (value % 100) + 100 || (value % 10 !== 0 && add < 10)) break;
          value += add;
          j = k;
        }
      }
    }
    if (value === undefined) continue;
    // Digits followed by a multiplier word: "2 thousand", "3 тысячи".
    const mult = MULTIPLIERS[(tokens[j + 1]?.text ?? '').toLowerCase()];
    if (
      mult &&
      /^\d/u.test(tok.text) &&
      /^\s+$/u.test(s.slice(tokens[j]?.end ?? 0, tokens[j + 1]?.start ?? 0))
    ) {
      value *= mult;
      j++;
    }
    const start = tok.start;
    const end = tokens[j]?.end ?? tok.end;
    const before = s.slice(Math.max(0, start - 30), start);
    const qualifier = vague ? 'at_least' : (QUALIFIERS.find(([re]) => re.test(before))?.[1] ?? 'exact');
    out.push({ value, qualifier, start, end, text: s.slice(start, end), vague });
    i = j;
  }
  return out;
}
