/**
 * The pure core of accountability tracking: an allegation's workflow, which acts to propose as
 * allegations, the investigation quality checklist, policy deadlines, statistics and submission letters.
 * No database, no clock, no file system: `today` is always passed in.
 */
export * from './types.js';
export { addDays, daysBetween, isDay } from './dates.js';
export {
  currentStage,
  effectiveSteps,
  stageReachedDates,
  timeline,
  type StageState,
  type TimelineEntry,
} from './steps.js';
export { assertValidStep, validateStep, type StepCheck } from './validate-step.js';
export {
  proposeAllegations,
  type AllegationProposal,
  type Ground,
  type Priority,
  type Trigger,
} from './propose.js';
export {
  CHECKLIST_ITEM_IDS,
  CHECK_STATUSES,
  INVESTIGATION_CHECKLIST,
  scoreInvestigation,
  type CheckStatus,
  type ChecklistAnswer,
  type ChecklistItem,
  type ChecklistItemId,
  type InvestigationScore,
  type InvestigationVerdict,
} from './checklist.js';
export {
  DEFAULT_POLICY,
  assertValidPolicy,
  evaluateDeadlines,
  overdueList,
  policyLabel,
  type DeadlineFlag,
  type Expectation,
  type FlagKind,
  type Policy,
  type PolicyRule,
} from './deadlines.js';
export { IMPUNITY_STATUSES, impunityStatus, type ImpunityStatus } from './impunity.js';
export { allegationStats, type AllegationStats, type StatsSummary } from './stats.js';
export type {
  LetterFact,
  LetterFinding,
  LetterInput,
  LetterOptions,
  LetterPerson,
  LetterRecipient,
  LetterSource,
} from './letter-types.js';
export { defaultRequests } from './letter-model.js';
export { escapeHtml, renderSubmissionLetter } from './letter-render.js';
