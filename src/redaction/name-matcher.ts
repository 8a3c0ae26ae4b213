/**
 * Finds every way a person's name appears in free text, in any script: the full name, each part alone, other
 * scripts and romanisations (Кожомуратов, Kozhomuratov, Kojomuratov meet through the corroboration engine's
 * phonetic key), and Russian case endings (Кожомуратова, Кожомуратову, Кожомуратовым…). Matching is by whole
 * words (letters of any script), never inside another word: "Aibolit" does not match "Aibol".
 */
import { foldText, phoneticKey } from '../corroborate/transliterate.js';

// Keying a word (folding, transliterating, phonetic rules) is the costly step; the same names and words come
// back on every request of a case, so keys are remembered (bounded).
const KEYS = new Map<string, string>();

function keyOf(word: string): string {
  let key = KEYS.get(word);
  if (key === undefined) {
    if (KEYS.size >= 200_000) KEYS.clear();
    key = phoneticKey(foldText(word).replace(/ /g, ''));
    KEYS.set(word, key);
  }
  return key;
}

/** A person whose name is indexed; `protected` people are replaced, public ones are recognised and left. */
export interface IndexedPerson {
  id: string;
  /** Every spelling: the name, the same name in other scripts, aliases. */
  names: readonly string[];
  protected: boolean;
}

/** What replaces a protected name: the person's pseudonym, or this when a name part fits several people. */
export const AMBIGUOUS_NAME = '[name withheld]';
export const WITHHELD_ADDRESS = '[address withheld]';

// Words are runs of letters (any script) and combining marks; digits, punctuation and spaces separate them.
const WORD = /[\p{L}\p{M}]+/gu;
// What may separate the words of one name ("Aibol Kozhomuratov", "Abdul-Aziz", "O'Brien").
const NAME_GAP = /^[\s\-‐‑'’ʼ]+$/u;
const URL = /\bhttps?:\/\/[^\s<>"']+/giu;

/** Particles that belong to a name but never identify anyone alone (Kyrgyz uulu/kyzy, Turkic ogly, …). */
const PARTICLES = new Set(
  [
    'uulu',
    'kyzy',
    'ogly',
    'ugli',
    'kizi',
    'ibn',
    'bin',
    'bint',
    'van',
    'von',
    'der',
    'den',
    'del',
    'al',
    'el',
  ]
    .concat(['уулу', 'кызы', 'оглы', 'угли', 'кизи'])
    .map((w) => keyOf(w)),
);
/** Patronymics (Русланович, Ruslanovna): absorbed into a neighbouring name of the person. */
const PATRONYMIC = /(ovich|evich|ovna|evna|ichna|ovic|evic)$/;

/** Russian case endings, as they look after folding and phonetic keying (ым → im, ой → oi, ых → ih). */
const ENDINGS = [
  ...new Set(
    ['а', 'я', 'у', 'ю', 'ом', 'ем', 'ём', 'ым', 'им', 'е', 'и', 'ы', 'ой', 'ей', 'ою', 'ею', 'ых', 'их']
      .concat(['ыми', 'ими', 'ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ую'])
      .map((e) => keyOf(`б${e}`).slice(1)),
  ),
].sort((a, b) => b.length - a.length);

const MIN_KEY = 3;

interface Hit {
  start: number;
  end: number;
  /** People this word may belong to; null for a patronymic, which belongs to whoever its neighbours name. */
  people: ReadonlySet<string> | null;
  /** A word that may join a name but never makes one alone (a particle, a two-letter part). */
  weak: boolean;
}

export interface NameMatcher {
  /** `text` with each protected name replaced by `replacement(personId)`; URLs naming one are withheld. */
  scrub(text: string, replacement: (personId: string) => string): string;
  /** False when a URL spells out a protected name (in a slug, say). */
  urlIsSafe(url: string): boolean;
  /** True when there is no protected person to look for. */
  readonly empty: boolean;
}

/** Builds a matcher for these people's names. */
export function nameMatcher(people: readonly IndexedPerson[]): NameMatcher {
  const strong = new Map<string, Set<string>>();
  const stems = new Map<string, Set<string>>();
  const weak = new Map<string, Set<string>>();
  const isProtected = new Map(people.map((p) => [p.id, p.protected]));
  const add = (map: Map<string, Set<string>>, key: string, id: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(id);
    map.set(key, set);
  };
  // Plain lower-case spellings of protected name parts, to find them run together in a URL slug.
  const slugParts = new Set<string>();
  for (const person of people)
    for (const name of person.names)
      for (const [word] of name.matchAll(WORD)) {
        const key = keyOf(word);
        if (key.length < MIN_KEY || PARTICLES.has(key)) {
          if (key.length > 0) add(weak, key, person.id);
          continue;
        }
        add(strong, key, person.id);
        // A name ending in a vowel drops it when declined: Айнура → Айнуры, Айнуре.
        if (/[aeiou]$/.test(key) && key.length - 1 >= MIN_KEY) add(stems, key.slice(0, -1), person.id);
        if (person.protected && word.length >= 4) {
          slugParts.add(word.toLowerCase());
          slugParts.add(foldText(word).replace(/ /g, ''));
        }
      }
  const hasProtected = people.some((p) => p.protected);

  // Words recur across texts; keying one (folding, transliterating, phonetic rules) is the costly part.
  const memo = new Map<string, Omit<Hit, 'start' | 'end'> | null>();
  function lookUp(word: string): Omit<Hit, 'start' | 'end'> | null {
    const known = memo.get(word);
    if (known !== undefined) return known;
    if (memo.size > 100_000) memo.clear();
    const found = lookUpKey(keyOf(word));
    memo.set(word, found);
    return found;
  }

  function lookUpKey(key: string): Omit<Hit, 'start' | 'end'> | null {
    if (key.length === 0) return null;
    const exact = strong.get(key);
    if (exact) return { people: exact, weak: false };
    if (key.length >= MIN_KEY)
      for (const ending of ENDINGS) {
        if (!key.endsWith(ending) || key.length - ending.length < MIN_KEY) continue;
        const base = key.slice(0, -ending.length);
        const found = strong.get(base) ?? stems.get(base);
        if (found) return { people: found, weak: false };
      }
    const particle = weak.get(key);
    if (particle) return { people: particle, weak: true };
    if (PATRONYMIC.test(key.replace(/h/g, ''))) return { people: null, weak: true };
    return null;
  }

  function scrubPlain(text: string, replacement: (id: string) => string): string {
    const hits: Hit[] = [];
    for (const m of text.matchAll(WORD)) {
      const found = lookUp(m[0]);
      if (found) hits.push({ start: m.index, end: m.index + m[0].length, ...found });
      else hits.push({ start: m.index, end: m.index + m[0].length, people: new Set(), weak: true });
    }
    let out = '';
    let cursor = 0;
    let i = 0;
    while (i < hits.length) {
      const first = hits[i]!;
      if (first.people?.size === 0) {
        i++;
        continue;
      }
      // Grow a run of adjacent name words that can all belong to one person.
      let candidates: ReadonlySet<string> | null = first.people;
      let j = i + 1;
      while (j < hits.length) {
        const next = hits[j]!;
        if (next.people?.size === 0 || !NAME_GAP.test(text.slice(hits[j - 1]!.end, next.start))) break;
        const narrowed = intersect(candidates, next.people);
        if (narrowed !== null && narrowed.size === 0) break;
        candidates = narrowed;
        j++;
      }
      const run = hits.slice(i, j);
      i = j;
      if (candidates === null || run.every((h) => h.weak)) continue;
      const ids = [...candidates];
      const hidden = ids.filter((id) => isProtected.get(id));
      if (hidden.length === 0) continue;
      let start = run[0]!.start;
      // An initial before the name ("A. Kozhomuratov") goes with it.
      const initial = /(?<![\p{L}\p{M}])\p{Lu}\.\s?$/u.exec(text.slice(Math.max(cursor, start - 3), start));
      if (initial) start -= initial[0].length;
      out += text.slice(cursor, start);
      out += ids.length === 1 ? replacement(hidden[0]!) : AMBIGUOUS_NAME;
      cursor = run[run.length - 1]!.end;
    }
    return out + text.slice(cursor);
  }

  function urlIsSafe(url: string): boolean {
    if (!hasProtected) return true;
    let decoded = url;
    try {
      decoded = decodeURIComponent(url);
    } catch {
      // A malformed escape: judge the raw text.
    }
    const lower = decoded.toLowerCase();
    if ([...slugParts].some((part) => lower.includes(part))) return false;
    for (const [word] of decoded.matchAll(WORD)) {
      const found = lookUp(word);
      if (found && !found.weak && [...(found.people ?? [])].some((id) => isProtected.get(id))) return false;
    }
    return true;
  }

  return {
    empty: !hasProtected,
    urlIsSafe,
    scrub(text, replacement) {
      if (!hasProtected || text === '') return text;
      // URLs are kept whole or withheld whole: a pseudonym spliced into an address would break it.
      let out = '';
      let cursor = 0;
      for (const m of text.matchAll(URL)) {
        out += scrubPlain(text.slice(cursor, m.index), replacement);
        out += urlIsSafe(m[0]) ? m[0] : WITHHELD_ADDRESS;
        cursor = m.index + m[0].length;
      }
      return out + scrubPlain(text.slice(cursor), replacement);
    },
  };
}

/** null stands for "anyone" (a patronymic). */
function intersect(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  return new Set([...a].filter((x) => b.has(x)));
}
