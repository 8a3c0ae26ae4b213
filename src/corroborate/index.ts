/**
 * The corroboration engine: names across scripts, duplicate incidents, merge plans, independence of sources,
 * corroboration levels and reported figures. Pure: data in, data out.
 */
export * from './types.js';
export { transliterate, normaliseName, foldText, phoneticKey, hasCyrillic } from './transliterate.js';
export { nameSimilarity, bestNameMatch } from './name-similarity.js';
export { textSimilarity, textTerms } from './text-similarity.js';
export { dayInterval, compareDates, intervalsOverlap } from './date-overlap.js';
export { comparePlaces, distanceKm } from './place-compare.js';
export {
  scoreDuplicate,
  prepareIncident,
  scorePrepared,
  NAME_MATCH,
  type TermWeights,
} from './score-duplicate.js';
export { findDuplicates, termRarity, type FindDuplicatesOptions } from './find-duplicates.js';
export { planMerge, planUnmerge } from './plan-merge.js';
export { groupIndependent, normaliseUrl, namesSource, REPUBLICATION_SIMILARITY } from './independence.js';
export { corroborationLevel, corroborateFacts } from './corroboration.js';
export { groupFigures, timeSeries, measureKeyOf } from './figures.js';
