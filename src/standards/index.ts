/**
 * The standards assessment engine: international standards on force, assemblies, journalists and
 * medical care as data, and a pure engine that assesses an act's facts against them.
 */
export { INSTRUMENTS, INSTRUMENT_KEYS, formatCitation } from './instruments.js';
export type { Citation, Instrument, InstrumentKey } from './instruments.js';
export * from './facts.js';
export { parseActFacts, parseIncidentFacts } from './validate-facts.js';
export {
  ACTOR_TYPE_OF_KIND,
  ACT_ROLE_OF_VICTIM_ROLE,
  WEAPON_OF_METHOD,
  actorSide,
  factsFromVocabulary,
} from './vocabulary-map.js';
export type { ActorSide, VocabularyRecord } from './vocabulary-map.js';
export { deriveAssemblyCharacter } from './assembly-character.js';
export type { AssemblyCharacter, AssemblyCharacterValue } from './assembly-character.js';
export { FINDING_KINDS, SEVERITY } from './finding.js';
export type { ActAssessment, Finding, FindingKind } from './finding.js';
export type { Outcome, Rule, RuleContext, RuleFamily, RuleKind } from './rule.js';
export { RULES, ruleById } from './rules/catalogue.js';
export { assessAct, assessActInput, pickHeadline } from './engine.js';
export { CHARACTER_FACTS, countFindings, summariseFindings, summaryFromCounts } from './summary.js';
export type { CaseSummary, FindingCounts, SummaryLine } from './summary.js';
export { diffAssessments } from './diff.js';
export type { AssessmentDiff, FindingChange, FindingChangeKind } from './diff.js';
export { INVESTIGATION_CHECKLIST } from './investigation-checklist.js';
export type { ChecklistItem } from './investigation-checklist.js';
export { FACT_LABELS, RULE_SAYS, SITUATIONS, STANDARD_NAMES } from './explanations.en.js';
