/**
 * Places named in a sentence, through the gazetteer. Prose is full of capitalised words that are also city names
 * somewhere ("Police", "Mobile", "Most"), so a name is only taken when it is capitalised and either in our own
 * alias table of known places, or written after a place cue ("in", "city of", "в", "город") and populous enough.
 */
import { PLACE_ALIASES } from '../places/aliases.js';
import { findPlace, type GazetteerPlace, normalizePlaceName } from '../places/gazetteer.js';
import { russianBaseForms } from '../places/gazetteer-normalize.js';

export interface PlaceMention {
  place: GazetteerPlace;
  start: number;
  end: number;
  text: string;
}

let curated: Set<string> | undefined;
function curatedNames(): Set<string> {
  curated ??= new Set(PLACE_ALIASES.flatMap((a) => [a.name, ...a.variants]).map(normalizePlaceName));
  return curated;
}

// Plain classes (Latin with accents, Cyrillic): V8 runs these far faster than \p{…} with the u flag.
const UPPER = 'A-ZÀ-ÖØ-ÞА-ЯЁ';
const ANY = 'A-Za-zÀ-ÖØ-öø-ÿА-Яа-яЁё';
const CANDIDATE = new RegExp(
  `(?<![${ANY}0-9])[${UPPER}][${ANY}’'-]+(?:\\s+[${UPPER}][${ANY}’'-]+){0,2}`,
  'g',
);
const CUE =
  /(?:\b(?:in|near|outside|from|to|at|into|across|around|downtown|central|northern|southern|eastern|western|(?:city|town|village|capital|region|province|district|streets)\s+of)\s+(?:the\s+)?|(?:^|\s)(?:в|во|из|под|на|около|у|город\p{L}*|г\.|городе|поселк\p{L}*|сел\p{L}*)\s+)$/iu;
const MIN_POPULATION = 5000;
const MIN_POPULATION_SHORT = 50000;

/** Places a sentence names, in order; `country` (ISO2) breaks ties between places of the same name. */
export function findPlacesIn(
  sentence: string,
  country: string | null,
  exclude: readonly { start: number; end: number }[] = [],
): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of sentence.matchAll(CANDIDATE)) {
    const words = m[0].split(/\s+/u);
    // Try the longest sub-sequence first: "Kara Balta" before "Kara".
    for (let n = words.length; n >= 1; n--) {
      const text = words.slice(0, n).join(' ');
      const start = m.index;
      const end = start + sentence.slice(start).indexOf(text) + text.length;
      if (exclude.some((e) => start < e.end && end > e.start)) continue;
      const forms = /[а-яё]/iu.test(text) ? russianBaseForms(text) : [text];
      let place: GazetteerPlace | null = null;
      let isCurated = false;
      for (const form of forms) {
        place = findPlace(form, country ? { country } : {});
        if (place) {
          isCurated = curatedNames().has(normalizePlaceName(form));
          break;
        }
      }
      if (!place) continue;
      const cued = CUE.test(sentence.slice(Math.max(0, start - 30), start));
      const short = normalizePlaceName(text).replace(/ /gu, '').length <= 4;
      const populous = place.population >= (short ? MIN_POPULATION_SHORT : MIN_POPULATION);
      const inCountry = country !== null && place.country === country;
      if (!isCurated && !(cued && (populous || inCountry))) continue;
      if (!isCurated && start === 0) continue; // a capitalised first word is no evidence of a name
      out.push({ place, start, end, text });
      break;
    }
  }
  return out;
}
