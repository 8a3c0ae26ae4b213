/** What the assessment services take and give: a review's input, a stored finding, an act's assessment. */
import { z } from 'zod';
import { FINDING_KINDS, type AssessmentDiff, type Finding, type SummaryLine } from '../standards/index.js';
import { expectedVersion } from '../shared/schemas.js';

/**
 * A reviewer's decision on one stored finding: `confirmed` (agree with the computed finding) or another
 * finding (an override). An override needs a written reason; a confirmation may carry one.
 */
export const reviewInput = z
  .strictObject({
    finding: z.enum(['confirmed', ...FINDING_KINDS]),
    reason: z.string().trim().max(5000).optional(),
    version: expectedVersion,
  })
  .describe('confirm the computed finding, or override it with a written reason');
export type ReviewInput = z.infer<typeof reviewInput>;

/** A computed finding as stored, with the reviewer's decision beside it (both are kept). */
export interface StoredFinding extends Finding {
  id: string;
  act_id: string;
  /** The reviewer's finding; equal to `finding` when confirmed, different when overridden, null if unreviewed. */
  reviewed_finding: string | null;
  review_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  version: number;
}

export interface ActAssessmentResult {
  incident: { id: string; title: string };
  act: { id: string; actType: string; perpetratorLabel: string | null; victimLabel: string | null };
  /** The most serious computed finding; null when no rule applies to the act. */
  headline: StoredFinding | null;
  findings: StoredFinding[];
  missingFacts: string[];
  /** What changed since the act was last assessed (every finding is `added` the first time). */
  diff: AssessmentDiff;
}

/** Acts whose stored findings predate their current facts (or the current rules). */
export interface AwaitingAssessmentLine {
  kind: 'awaiting_assessment';
  rule: null;
  acts: number;
  text: string;
}

export interface CaseAssessmentSummary {
  caseId: string;
  acts: number;
  /** Acts not yet assessed on their current facts; 0 when every finding is up to date. */
  stale: number;
  lines: (SummaryLine | AwaitingAssessmentLine)[];
  text: string;
}

/** What bringing a case's findings up to date did. */
export interface CaseAssessmentRun {
  caseId: string;
  acts: number;
  /** Acts assessed in this run (stale ones, or all of them when asked). */
  assessed: number;
  /** Acts whose findings changed, and how many findings changed in all. */
  changed: number;
  findingsChanged: number;
  /** Transactions used. */
  batches: number;
}
