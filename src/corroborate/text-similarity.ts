/**
 * Similarity of two descriptions, in any mix of English and Russian. Words are folded to Latin, stemmed by
 * truncation, and mapped onto a small bilingual concept lexicon; the similarity is the Dice coefficient of the
 * two sets of terms. Republished text scores near 1, a paraphrase 0.3–0.7, unrelated reports of the same kind of
 * event 0–0.25. Across languages only names, numbers, places and lexicon words meet, so a Russian and an
 * English account of one incident typically score 0.15–0.4: read it together with names, date and place.
 */
import { conceptTokens } from './concepts.js';
import { dice } from './name-similarity.js';
import { foldText, hasCyrillic, phoneticKey } from './transliterate.js';

const STOPWORDS = new Set(
  (
    'the a an and or but of in on at to for from by with without into onto over under about after before during ' +
    'while when where who whom whose which what that this these those there their they them he she his her him it ' +
    'its was were is are be been being has have had do did does not no nor as than then also very more most some ' +
    'any all both each other such only own same so can could would should will may might must one two three ' +
    'reportedly according said says say told report reported reports appeared appears seems while later ' +
    'и в во на с со к ко по за из от до о об обо у при для без над под про что как это этот эта эти тот та те ' +
    'он она они его её ее их ему ей им был была были было быть есть не ни но а же ли бы уже ещё еще также ' +
    'который которая которые которых когда где после перед во время сообщил сообщила сообщили сообщает ' +
    'по словам данным заявил заявила один одна два две три'
  ).split(' '),
);

const STEM_LENGTH = 6;

/** A crude English stem: plural and verb endings off ("injuries" → "injury", "treated" → "treat"). */
function englishStem(word: string): string {
  let w = word.replace(/ies$/, 'y').replace(/([^su])s$/, '$1');
  if (w.length > 5) w = w.replace(/(ing|edly|ed|ly|ment)$/, '');
  return w;
}

/** Stems a folded word: English endings off (Latin words only), phonetic key, then truncation. */
function stem(word: string, fromCyrillic: boolean): string {
  if (/^\d+$/.test(word)) return word;
  const key = phoneticKey(fromCyrillic ? word : englishStem(word));
  // Case endings are mostly vowels (Бишкека, Стелы, Кожомуратова): dropping them lets inflected forms meet.
  return (key.length > 4 ? key.replace(/[aeiou]+$/, '') : key).slice(0, STEM_LENGTH);
}

/** Splits text into runs of same-script words, lower case, punctuation removed. */
function scriptRuns(text: string): { lang: 'en' | 'ru'; words: string[] }[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu) ?? [];
  const runs: { lang: 'en' | 'ru'; words: string[] }[] = [];
  for (const raw of words) {
    const word = raw.replace(/['’]/g, '');
    const lang = hasCyrillic(word) ? 'ru' : 'en';
    const last = runs[runs.length - 1];
    if (last && last.lang === lang) last.words.push(word);
    else runs.push({ lang, words: [word] });
  }
  return runs;
}

/** The terms a text is compared on: concept tokens ("#journalist"), stems of other words, numbers. */
export function textTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const run of scriptRuns(text)) {
    const kept = run.words.filter((w) => !STOPWORDS.has(w));
    for (const token of conceptTokens(kept, run.lang)) {
      if (token.startsWith('#')) {
        terms.add(token);
        continue;
      }
      for (const folded of foldText(token).split(' ')) {
        const isNumber = /^\d+$/.test(folded);
        if (isNumber ? folded.length < 2 : folded.length < 3) continue;
        terms.add(stem(folded, run.lang === 'ru'));
      }
    }
  }
  return terms;
}

/** Similarity of two texts in [0, 1] (Dice over their terms). */
export function textSimilarity(a: string, b: string): number {
  return dice(textTerms(a), textTerms(b));
}

/** Similarity of two already computed term sets (for callers that compare one text many times). */
export const termSimilarity = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => dice(a, b);
