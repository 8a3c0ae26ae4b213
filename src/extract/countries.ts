/**
 * Country names in English and Russian (from the ICU data in Node's Intl, so nothing to maintain), plus a few
 * common variants; used to find what country a document is about.
 */
import { normalizePlaceName } from '../places/gazetteer.js';
import { compileLexicon, foldCase } from './fast-regex.js';

const EXTRA: Record<string, string[]> = {
  KG: ['Kyrgyz Republic', 'Kirghizia', 'Кыргызстан', 'Кыргызская Республика', 'Киргизия'],
  BY: ['Беларусь', 'Белоруссия', 'Byelorussia'],
  US: ['USA', 'United States of America', 'США'],
  GB: ['UK', 'Britain', 'Великобритания'],
  RU: ['Russian Federation', 'Россия', 'РФ'],
  MD: ['Moldova', 'Молдова', 'Молдавия'],
  CZ: ['Czech Republic'],
};

let cache: { names: Map<string, string>; pattern: RegExp } | undefined;

function build() {
  const names = new Map<string, string>();
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const ru = new Intl.DisplayNames(['ru'], { type: 'region' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      const code = `${a}${b}`;
      for (const dn of [en, ru]) {
        const name = dn.of(code);
        if (
          name &&
          name !== code &&
          !/\d|Unknown|неизвестн/iu.test(name) &&
          !names.has(normalizePlaceName(name))
        ) {
          names.set(normalizePlaceName(name), code);
        }
      }
    }
  }
  for (const [code, list] of Object.entries(EXTRA))
    for (const n of list) names.set(normalizePlaceName(n), code);
  // Russian stems, so that case endings match: "Грузия" → "Грузи(и)", "Беларусь" → "Беларус(и)".
  for (const [name, code] of [...names]) {
    const stem = /[а-я](?:ия|ь|а)$/u.test(name) ? name.replace(/(?:я|ь|а)$/u, '') : null;
    if (stem && stem.length >= 4 && !names.has(stem)) names.set(stem, code);
  }
  // Longest names first so "Central African Republic" wins over shorter overlaps; Russian case endings allowed.
  const alternatives = [...names.keys()]
    .filter((k) => k.length > 2)
    .sort((x, y) => y.length - x.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '[\\s-]+'));
  const pattern = compileLexicon(
    new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?:[аеиуыяюой]|ом|ой|ей|ии)?(?![\\p{L}])`, 'giu'),
  );
  return { names, pattern };
}

function countryOfMatch(text: string): string | null {
  const { names } = (cache ??= build());
  const folded = normalizePlaceName(text);
  return (
    names.get(folded) ??
    names.get(folded.replace(/(?:ом|ой|ей|ии|[аеиуыяюой])$/u, '')) ??
    names.get(folded.replace(/(?:и|е|ю|ей)$/u, '')) ??
    null
  );
}

/** Countries named in a text, ISO2 codes with counts, most named first. */
export function countriesIn(text: string): { code: string; count: number }[] {
  const { pattern } = (cache ??= build());
  const counts = new Map<string, number>();
  const nfc = text.normalize('NFC');
  for (const found of foldCase(nfc).matchAll(pattern)) {
    const m = [nfc.slice(found.index, found.index + found[0].length)];
    // Acronym-like names (e.g. "UK", "USA") must be written in capitals.
    const word = m[0] ?? '';
    if (word.length <= 3 && word !== word.toUpperCase()) continue;
    const code = countryOfMatch(word);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
}
