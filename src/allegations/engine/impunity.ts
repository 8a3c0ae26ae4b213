/**
 * Impunity in CPJ's spirit: justice is measured by convictions, not by paperwork.
 * - full_justice: a conviction of the perpetrators, and of the masterminds when the allegation names any;
 * - partial_justice: someone charged, tried (even if acquitted), disciplined, or convicted short of full;
 * - no_progress: nothing beyond documentation, submission, acknowledgement or an investigation that has
 *   not charged anyone.
 */
import { effectiveSteps } from './steps.js';
import type { Allegation, ConvictedParty, Step, StepKind } from './types.js';

export const IMPUNITY_STATUSES = ['no_progress', 'partial_justice', 'full_justice'] as const;
export type ImpunityStatus = (typeof IMPUNITY_STATUSES)[number];

const SOME_JUSTICE: ReadonlySet<StepKind> = new Set([
  'charged',
  'tried',
  'conviction',
  'acquittal',
  'disciplinary_sanction',
]);

/** Where one allegation stands on the impunity scale, corrections taken into account. */
export function impunityStatus(allegation: Allegation, steps: readonly Step[]): ImpunityStatus {
  const effective = effectiveSteps(steps);
  const convicted = new Set<ConvictedParty>(
    effective.filter((s) => s.kind === 'conviction').flatMap((s) => s.convicted ?? ['perpetrators']),
  );
  const mastermindsNamed = (allegation.masterminds ?? []).length > 0;
  if (convicted.has('perpetrators') && (!mastermindsNamed || convicted.has('masterminds')))
    return 'full_justice';
  if (convicted.size > 0 || effective.some((s) => SOME_JUSTICE.has(s.kind))) return 'partial_justice';
  return 'no_progress';
}
