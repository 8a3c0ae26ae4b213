/**
 * Plain data the accountability engine works on. Dates are 'YYYY-MM-DD' strings (UTC calendar days);
 * the engine never reads a clock: `today` is always passed in.
 */
import type { ActorKind, EventType, VictimRole } from '../../vocabulary/vocabulary.js';

/** The stages an allegation moves through, in order. `outcome` carries one of OUTCOME_KINDS. */
export const STAGES = [
  'documented',
  'submitted',
  'acknowledged',
  'investigation_opened',
  'suspects_identified',
  'charged',
  'tried',
  'outcome',
] as const;
export type Stage = (typeof STAGES)[number];

export const OUTCOME_KINDS = [
  'conviction',
  'acquittal',
  'disciplinary_sanction',
  'closed_without_action',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** Steps that move the stage forward (`documented` is where every allegation starts, so it has no step). */
export const STAGE_STEP_KINDS = [
  'submitted',
  'acknowledged',
  'investigation_opened',
  'suspects_identified',
  'charged',
  'tried',
] as const;
export type StageStepKind = (typeof STAGE_STEP_KINDS)[number];

/** Steps that record something without moving the stage. `retraction` voids the step it corrects. */
export const SIDE_STEP_KINDS = ['official_response', 'remedy', 'follow_up', 'retraction'] as const;
export type SideStepKind = (typeof SIDE_STEP_KINDS)[number];

export type StepKind = StageStepKind | OutcomeKind | SideStepKind;
export const STEP_KINDS: readonly StepKind[] = [...STAGE_STEP_KINDS, ...OUTCOME_KINDS, ...SIDE_STEP_KINDS];

export const OFFICIAL_RESPONSES = ['denial', 'acknowledgement', 'acceptance'] as const;
export type OfficialResponse = (typeof OFFICIAL_RESPONSES)[number];
export const FOLLOW_UPS = ['letter_sent', 'reminder'] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];
export const REMEDIES = ['reparation', 'apology', 'rehabilitation', 'compensation'] as const;
export type Remedy = (typeof REMEDIES)[number];
/** Who a conviction reached; full justice needs masterminds too when the allegation names any. */
export type ConvictedParty = 'perpetrators' | 'masterminds';

/** One dated event in an allegation's history. Steps are never erased; a correction supersedes. */
export interface Step {
  id: string;
  kind: StepKind;
  date: string;
  recordedBy: string;
  note: string;
  evidenceDocumentId?: string;
  /** Required to record a stage that does not follow the current one (skipping or going back). */
  outOfOrderReason?: string;
  /** The step this one replaces (a different date or kind) or, with kind `retraction`, voids. */
  correctsStepId?: string;
  /** For `official_response`. */
  response?: OfficialResponse;
  /** For `follow_up`. */
  followUp?: FollowUp;
  /** For `remedy`. */
  remedy?: Remedy;
  /** For `conviction`; absent means the direct perpetrators. */
  convicted?: ConvictedParty[];
}

export const AUTHORITY_KINDS = [
  'prosecutor',
  'internal_affairs',
  'ombudsman',
  'police',
  'court',
  'other',
] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

export interface Authority {
  name: string;
  kind: AuthorityKind;
}

/** The allegation as the engine needs it; the database row carries more. */
export interface Allegation {
  id: string;
  caseId: string;
  title: string;
  /** Start date of the (earliest) incident the allegation is about: no step may predate it. */
  incidentStartDate: string;
  /** When we recorded it; policy clocks for unsubmitted allegations run from here (else the incident). */
  documentedOn?: string;
  authority?: Authority;
  actIds: string[];
  /** Alleged masterminds, when recorded: full justice then needs their conviction too. */
  masterminds?: string[];
}

export interface AllegationWithSteps {
  allegation: Allegation;
  steps: Step[];
}

/** Findings as the standards engine reports them (see standards/RULES.md). */
export type Finding =
  | 'violation'
  | 'possible_violation'
  | 'consistent'
  | 'insufficient_facts'
  | 'abuse_by_non_state_actor'
  | 'death_requires_investigation';

/** An act as the proposal rules need it: one perpetrator's act on one victim or group. */
export interface ActForProposal {
  actId: string;
  incidentId: string;
  incidentDate: string;
  eventType: EventType;
  perpetrator: { label: string; kind: ActorKind; isState: boolean };
  victims: { label: string; role: VictimRole }[];
  killed: number | null;
  headlineFinding: Finding | null;
  findings: { rule: string; finding: Finding }[];
}
