/**
 * Speed: V8 runs case-insensitive Unicode regexes (flags "iu" with \p{L}) many times slower than plain ones.
 * The lexicons are written readably with \p{L} and the "iu" flags; `compileLexicon` rewrites such a pattern into
 * a plain lower-case one to run on `foldCase`d text (same length, so offsets carry over).
 */
const LETTER = 'a-zа-яёà-öø-ÿ';
const CYRILLIC = /[а-яё]/u;

/** Lower-cases Latin and Cyrillic capitals without changing the string's length. */
export function foldCase(s: string): string {
  return s.replace(/[A-ZА-ЯЁÀ-ÖØ-Þ]/g, (c) => c.toLowerCase());
}

/** Rewrites an "iu" lexicon pattern into an equivalent plain pattern over foldCase'd text. */
export function compileLexicon(re: RegExp): RegExp {
  const src = re.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] ?? '';
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      const property = /^p\{(L|Ll|Lu|N)\}/u.exec(src.slice(i + 1));
      if (property) {
        const range = property[1] === 'N' ? '0-9' : LETTER;
        out += inClass ? range : `[${range}]`;
        i += property[0].length;
        continue;
      }
      if (next === 'p') throw new Error(`unsupported property class in ${src}`);
      if (next === 'b' && !inClass) {
        // \b is ASCII-only without the u flag: spell it out next to Cyrillic letters.
        if (CYRILLIC.test((src[i + 2] ?? '').toLowerCase())) out += `(?<![${LETTER}])`;
        else if (CYRILLIC.test((src[i - 1] ?? '').toLowerCase())) out += `(?![${LETTER}])`;
        else out += '\\b';
      } else {
        out += c + next;
      }
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += foldCase(c);
  }
  return new RegExp(out, 'g');
}
