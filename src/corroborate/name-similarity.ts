/**
 * How alike two personal (or place, or organisation) names are, across scripts and word order.
 */
import { nameTokens } from './transliterate.js';

/** Character trigrams of a word padded with spaces, so short words and word starts count. */
export function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** Dice coefficient of two sets. */
export function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size);
}

/** Similarity of two name tokens; an initial ("a") matches any word starting with that letter. */
function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? 0.9 : 0;
  return dice(trigrams(a), trigrams(b));
}

/**
 * Name similarity in [0, 1], insensitive to script, word order and initials: each word of the shorter name is
 * paired with its best unused partner; extra words (a patronymic, a middle name) cost a little, not everything.
 */
export function nameSimilarity(a: string, b: string): number {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  // "B. Kozhomuratov" is not "Aibol Kozhomuratov": a mismatched initial is a contradiction, not a detail.
  const factor = initialsFit(ta, tb) && initialsFit(tb, ta) ? 1 : 0.5;
  if (ta.length < tb.length) return round(factor * directedSimilarity(ta, tb));
  if (ta.length > tb.length) return round(factor * directedSimilarity(tb, ta));
  // Same length: greedy pairing depends on the side it starts from, so take the better, which is symmetric.
  return round(factor * Math.max(directedSimilarity(ta, tb), directedSimilarity(tb, ta)));
}

/** Every initial on one side starts some whole word on the other (or the other side has no whole words). */
function initialsFit(initialsFrom: string[], wordsFrom: string[]): boolean {
  const words = wordsFrom.filter((w) => w.length > 1);
  return initialsFrom
    .filter((t) => t.length === 1)
    .every((i) => words.length === 0 || words.some((w) => w[0] === i));
}

/** Pairs each word of `short` with its best unused partner in `long`. */
function directedSimilarity(short: string[], long: string[]): number {
  const used = new Set<number>();
  let weighted = 0;
  let weights = 0;
  let wholeWordMatched = false;
  // Longest words first: they carry the most information and should pick their partner first.
  for (const token of [...short].sort((x, y) => y.length - x.length)) {
    let best = 0;
    let bestIndex = -1;
    long.forEach((other, i) => {
      if (used.has(i)) return;
      const s = tokenSimilarity(token, other);
      if (s > best) [best, bestIndex] = [s, i];
    });
    if (bestIndex >= 0) used.add(bestIndex);
    if (token.length > 1 && (long[bestIndex]?.length ?? 0) > 1 && best >= 0.6) wholeWordMatched = true;
    // An initial tells less than a whole word.
    const weight = token.length === 1 ? 0.5 : Math.min(token.length, 8);
    weighted += weight * best;
    weights += weight;
  }
  // An initial alone proves nothing: "A. Kojomuratov" must not match "Asanaliev" through its "A.".
  if (!wholeWordMatched) return 0.3 * (weighted / weights);
  const matched = weighted / weights;
  const coverage = short.length / long.length;
  return matched * (0.85 + 0.15 * coverage);
}

/** The best-matching pair between two lists of names, or undefined when either list is empty. */
export function bestNameMatch(
  as: readonly string[],
  bs: readonly string[],
  similarityOf: (a: string, b: string) => number = nameSimilarity,
): { a: string; b: string; similarity: number } | undefined {
  let best: { a: string; b: string; similarity: number } | undefined;
  for (const a of as) {
    for (const b of bs) {
      const similarity = similarityOf(a, b);
      if (!best || similarity > best.similarity) best = { a, b, similarity };
    }
  }
  return best;
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;
