/**
 * What changed between two assessments of the same act, so that when facts change the findings
 * are recomputed and the difference is shown.
 */
import type { ActAssessment, Finding } from './finding.js';

export type FindingChangeKind = 'added' | 'removed' | 'finding_changed' | 'missing_facts_changed';

export interface FindingChange {
  rule: string;
  change: FindingChangeKind;
  before: Finding | null;
  after: Finding | null;
}

export interface AssessmentDiff {
  changes: FindingChange[];
  headlineChanged: boolean;
  /** Facts no longer missing, and facts newly missing. */
  settledFacts: string[];
  newlyMissingFacts: string[];
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Compares two assessments rule by rule; changes follow the order of `after`, then removed rules. */
export function diffAssessments(before: ActAssessment, after: ActAssessment): AssessmentDiff {
  const old = new Map(before.findings.map((f) => [f.rule, f]));
  const now = new Map(after.findings.map((f) => [f.rule, f]));
  const changes: FindingChange[] = [];
  for (const f of after.findings) {
    const prev = old.get(f.rule);
    if (!prev) changes.push({ rule: f.rule, change: 'added', before: null, after: f });
    else if (prev.finding !== f.finding)
      changes.push({ rule: f.rule, change: 'finding_changed', before: prev, after: f });
    else if (!sameList(prev.missing_facts, f.missing_facts))
      changes.push({ rule: f.rule, change: 'missing_facts_changed', before: prev, after: f });
  }
  for (const f of before.findings)
    if (!now.has(f.rule)) changes.push({ rule: f.rule, change: 'removed', before: f, after: null });

  const headlineKey = (a: ActAssessment) => (a.headline ? `${a.headline.rule}:${a.headline.finding}` : '');
  return {
    changes,
    headlineChanged: headlineKey(before) !== headlineKey(after),
    settledFacts: before.missingFacts.filter((f) => !after.missingFacts.includes(f)),
    newlyMissingFacts: after.missingFacts.filter((f) => !before.missingFacts.includes(f)),
  };
}
