/**
 * Cyrillic → Latin, and a phonetic key that makes the usual romanisations of one name meet:
 * Кожомуратов → Kozhomuratov; "Kozhomuratov", "Kojomuratov" and "Кожомуратов" share the key "kojomuratov".
 */

/** Readable romanisation close to BGN/PCGN, with Kyrgyz, Kazakh, Uzbek and Ukrainian letters. */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kyrgyz, Kazakh, Uzbek, Ukrainian
  ң: 'ng',
  ө: 'o',
  ү: 'u',
  ә: 'a',
  ғ: 'gh',
  қ: 'q',
  ұ: 'u',
  һ: 'h',
  і: 'i',
  ў: 'o',
  ҳ: 'h',
  є: 'ye',
  ї: 'yi',
  ґ: 'g',
};

const CYRILLIC = /[\u0400-\u04FF]/;

/** True when the text holds at least one Cyrillic letter. */
export const hasCyrillic = (text: string): boolean => CYRILLIC.test(text);

/** Cyrillic → Latin; other characters pass through. Keeps a capital on the first letter of a capitalised word. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower];
    if (latin === undefined) {
      out += ch;
    } else if (ch !== lower && latin.length > 0) {
      out += latin[0]!.toUpperCase() + latin.slice(1);
    } else {
      out += latin;
    }
  }
  return out;
}

/** Lower case, Latin script, no diacritics, no punctuation; words separated by one space. */
export function foldText(text: string): string {
  return transliterate(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`ʻʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Collapses spelling variants of one sound, so romanisations meet: zh/j/dzh, kh/h, shch/sh, ts/tz/c,
 * yu/iu/u, ya/ia/a, y/i, doubled letters. Applied to one already folded word.
 */
export function phoneticKey(word: string): string {
  return word
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/shch|sch/g, 'sh')
    .replace(/tz|ts/g, 'c')
    .replace(/tch/g, 'ch')
    .replace(/ph/g, 'f')
    .replace(/ck|q/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/iy(?=[aeiou])/g, 'i')
    .replace(/ii+/g, 'i')
    .replace(/[iy]u|you/g, 'u')
    .replace(/[iy]a/g, 'a')
    .replace(/[iy]e/g, 'e')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** A name as comparable tokens: folded, transliterated, phonetic-keyed, in the original order. */
export function nameTokens(name: string): string[] {
  return foldText(name)
    .split(' ')
    .filter((t) => t.length > 0)
    .map(phoneticKey);
}

/** One comparable form of a name: "Айбол Кожомуратов" → "aibol kojomuratov". */
export function normaliseName(name: string): string {
  return nameTokens(name).join(' ');
}
