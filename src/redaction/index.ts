/**
 * Redaction: what the public may see of a case. Stable pseudonyms for people whose names are not public,
 * their names scrubbed from every text in any script, coordinates coarsened to the city, and fields that
 * never go public dropped. The engine is pure; `loadRedactor` is its one database loader.
 */
export { assignPseudonyms, letters, roleWord, type Person, type PersonRelation } from './pseudonyms.js';
export {
  AMBIGUOUS_NAME,
  WITHHELD_ADDRESS,
  nameMatcher,
  type IndexedPerson,
  type NameMatcher,
} from './name-matcher.js';
export { coarsen, type CoarsePoint, type Point } from './coordinates.js';
export { redactValue } from './redact-value.js';
export { createRedactor, unmaskedRedactor, type Redactor, type RedactorInput } from './redactor.js';
export { loadRedactor, type RedactionScope } from './load-redactor.js';
