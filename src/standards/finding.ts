/**
 * What a rule concludes about an act, and the order in which findings are ranked for the headline.
 */
import type { FactName } from './facts.js';
import type { InstrumentKey } from './instruments.js';

/**
 * `death_requires_investigation` (a death: GC36 ¶27–29, Minnesota Protocol) and `investigation_required`
 * (firearm use without a recorded death) are accountability triggers, not judgments on the conduct itself.
 * The first uses the exact label of the seed truth file so evaluation needs no mapping.
 */
export const FINDING_KINDS = [
  'violation',
  'possible_violation',
  'abuse_by_non_state_actor',
  'death_requires_investigation',
  'investigation_required',
  'insufficient_facts',
  'consistent',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Lower is more serious; the order of FINDING_KINDS above. */
export const SEVERITY: Readonly<Record<FindingKind, number>> = Object.fromEntries(
  FINDING_KINDS.map((k, i) => [k, i]),
) as Record<FindingKind, number>;

export interface Finding {
  rule: string;
  /** The rule's main instrument; `paragraphs` lists every citation, e.g. ["BPUFF 4", "CCLEO 3", "GC37 ¶78"]. */
  instrument: InstrumentKey;
  paragraphs: string[];
  finding: FindingKind;
  explanation: string;
  missing_facts: FactName[];
}

export interface ActAssessment {
  /** One finding per rule that applies, in catalogue order. */
  findings: Finding[];
  /** The most serious finding (SEVERITY, ties broken by catalogue order); null when no rule applies. */
  headline: Finding | null;
  /** Every fact that would settle a finding, without repeats, in catalogue order. */
  missingFacts: FactName[];
}
