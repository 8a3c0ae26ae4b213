/**
 * A case-level summary of many acts' assessments, e.g.
 * "4 acts inconsistent with LLW 7.5; 2 acts need the assembly's character to decide".
 */
import type { ActAssessment, FindingKind } from './finding.js';
import { formatCitation } from './instruments.js';
import { RULES } from './rules/catalogue.js';
import type { FactName } from './facts.js';

export interface SummaryLine {
  kind: FindingKind | 'needs_assembly_character';
  /** Rule id for per-rule lines (violations, possible violations); null for case-wide lines. */
  rule: string | null;
  acts: number;
  text: string;
}

export interface CaseSummary {
  lines: SummaryLine[];
  text: string;
}

/** Facts that settle the assembly's character. */
export const CHARACTER_FACTS: readonly FactName[] = ['participant_violence', 'violent_parties'];
const acts = (n: number) => (n === 1 ? '1 act' : `${n} acts`);
/** "LLW 7.5"; with the rule id added when two rules share a main citation (GC37-87 and STUN-1). */
const citationOf = (ruleId: string) => {
  const rule = RULES.find((r) => r.id === ruleId);
  const cite = rule?.cites[0];
  if (!cite) return ruleId;
  const text = formatCitation(cite);
  const shared = RULES.some((r) => r !== rule && r.cites[0] && formatCitation(r.cites[0]) === text);
  return shared ? `${text} (${ruleId})` : text;
};

/** How many acts have each finding: what a case summary is written from (computed here or in SQL). */
export interface FindingCounts {
  /** Acts per rule with a violation or possible violation (an act has one finding per rule). */
  perRule: readonly { rule: string; finding: FindingKind; acts: number }[];
  /** Acts with at least one finding of the kind. */
  perKind: Partial<Record<FindingKind, number>>;
  /** Acts with a finding that needs the assembly's character (CHARACTER_FACTS) to decide. */
  needingCharacter: number;
}

/** Counts acts per rule and finding; an act counts once per rule and once per case-wide line. */
export function countFindings(assessments: readonly ActAssessment[]): FindingCounts {
  const perRule = RULES.flatMap((rule) =>
    (['violation', 'possible_violation'] as const).map((finding) => ({
      rule: rule.id,
      finding,
      acts: assessments.filter((a) => a.findings.some((f) => f.rule === rule.id && f.finding === finding))
        .length,
    })),
  ).filter((x) => x.acts > 0);
  const perKind: Partial<Record<FindingKind, number>> = {};
  for (const a of assessments)
    for (const kind of new Set(a.findings.map((f) => f.finding))) perKind[kind] = (perKind[kind] ?? 0) + 1;
  const needingCharacter = assessments.filter((a) =>
    a.missingFacts.some((f) => CHARACTER_FACTS.includes(f)),
  ).length;
  return { perRule, perKind, needingCharacter };
}

const CATALOGUE_ORDER = new Map(RULES.map((rule, i) => [rule.id, i]));

/** The summary lines: per rule the violations, then possible violations, then the case-wide lines. */
export function summaryFromCounts(counts: FindingCounts): CaseSummary {
  const perRule = (kind: FindingKind) =>
    counts.perRule
      .filter((x) => x.finding === kind && x.acts > 0)
      .sort(
        (a, b) =>
          b.acts - a.acts ||
          (CATALOGUE_ORDER.get(a.rule) ?? Infinity) - (CATALOGUE_ORDER.get(b.rule) ?? Infinity),
      );
  const withKind = (kind: FindingKind) => counts.perKind[kind] ?? 0;
  const lines: SummaryLine[] = [
    ...perRule('violation').map(({ rule, acts: n }) => ({
      kind: 'violation' as const,
      rule,
      acts: n,
      text: `${acts(n)} inconsistent with ${citationOf(rule)}`,
    })),
    ...perRule('possible_violation').map(({ rule, acts: n }) => ({
      kind: 'possible_violation' as const,
      rule,
      acts: n,
      text: `${acts(n)} possibly inconsistent with ${citationOf(rule)}`,
    })),
  ];
  const caseWide: [SummaryLine['kind'], number, (n: number) => string][] = [
    [
      'abuse_by_non_state_actor',
      withKind('abuse_by_non_state_actor'),
      (n) => `${acts(n)} of abuse by non-State actors`,
    ],
    [
      'death_requires_investigation',
      withKind('death_requires_investigation'),
      (n) => `${acts(n)} with a death requiring investigation`,
    ],
    [
      'investigation_required',
      withKind('investigation_required'),
      (n) => `${acts(n)} with firearm use requiring investigation`,
    ],
    [
      'needs_assembly_character',
      counts.needingCharacter,
      (n) => `${n === 1 ? '1 act needs' : `${n} acts need`} the assembly's character to decide`,
    ],
    [
      'insufficient_facts',
      withKind('insufficient_facts'),
      (n) => `${n === 1 ? '1 act needs' : `${n} acts need`} more facts for at least one rule`,
    ],
  ];
  for (const [kind, n, text] of caseWide) if (n > 0) lines.push({ kind, rule: null, acts: n, text: text(n) });
  return { lines, text: lines.map((l) => l.text).join('; ') };
}

/** The case summary of many acts' assessments. */
export function summariseFindings(assessments: readonly ActAssessment[]): CaseSummary {
  return summaryFromCounts(countFindings(assessments));
}
