/**
 * Speed: V8 runs case-insensitive Unicode regexes (flags "iu" with \p{L}) many times slower than plain ones.
 * The lexicons are written readably with \p{L} and the "iu" flags; `compileLexicon` rewrites such a pattern into
 * a plain lower-case one to run on `foldCase`d text (same length, so offsets carry over).
 */
const LETTER = 'a-zа-яёà-öø-ÿ';
const ANY_LETTER = 'A-Za-zÀ-ÖØ-öø-ÿА-Яа-яЁё';
const CYRILLIC = /[а-яё]/u;

/** Lower-cases Latin and Cyrillic capitals without changing the string's length. */
export function foldCase(s: string): string {
  const lower = s.toLowerCase();
  // toLowerCase only ever lengthens a string (e.g. "İ"); when the length holds, offsets hold.
  return lower.length === s.length ? lower : s.replace(/[A-ZА-ЯЁÀ-ÖØ-Þ]/g, (c) => c.toLowerCase());
}

/**
 * Rewrites an "iu" lexicon pattern into an equivalent plain pattern over foldCase'd text; with `fold` false, a
 * case-sensitive "u" pattern into a plain one over the original text (same flags without u).
 */
export function compileLexicon(re: RegExp, fold = true): RegExp {
  const src = re.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] ?? '';
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      const property = /^p\{(L|Ll|Lu|N)\}/u.exec(src.slice(i + 1));
      if (property) {
        const cased = property[1] === 'Lu' ? 'A-ZÀ-ÖØ-ÞА-ЯЁ' : property[1] === 'Ll' ? LETTER : ANY_LETTER;
        const range = property[1] === 'N' ? '0-9' : fold ? LETTER : cased;
        out += inClass ? range : `[${range}]`;
        i += property[0].length;
        continue;
      }
      if (next === 'p') throw new Error(`unsupported property class in ${src}`);
      if (next === 'b' && !inClass) {
        // \b is ASCII-only without the u flag: spell it out next to Cyrillic letters.
        if (CYRILLIC.test((src[i + 2] ?? '').toLowerCase())) out += `(?<![${ANY_LETTER}])`;
        else if (CYRILLIC.test((src[i - 1] ?? '').toLowerCase())) out += `(?![${ANY_LETTER}])`;
        else out += '\\b';
      } else {
        out += c + next;
      }
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += fold ? foldCase(c) : c;
  }
  return new RegExp(out, fold ? 'g' : re.flags.replace(/[uv]/gu, ''));
}

/** A fast tester for an "iu" lexicon pattern: true when the pattern occurs in `text`. */
export function lexiconTester(re: RegExp): (text: string) => boolean {
  const fast = compileLexicon(re);
  return (text) => {
    fast.lastIndex = 0;
    return fast.test(foldCase(text));
  };
}

/** A fast `exec` for an "iu" lexicon pattern: the first match's index and text (from the original), or null. */
export function lexiconFinder(re: RegExp): (text: string) => { index: number; text: string } | null {
  const fast = compileLexicon(re);
  return (text) => {
    fast.lastIndex = 0;
    const m = fast.exec(foldCase(text));
    return m ? { index: m.index, text: text.slice(m.index, m.index + m[0].length) } : null;
  };
}
