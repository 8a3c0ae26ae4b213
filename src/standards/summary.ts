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

const CHARACTER_FACTS: readonly FactName[] = ['participant_violence', 'violent_parties'];
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

/** Counts acts per rule and finding; an act counts once per rule and once per case-wide line. */
export function summariseFindings(assessments: readonly ActAssessment[]): CaseSummary {
  const perRule = (kind: FindingKind) =>
    RULES.map((rule) => ({
      rule: rule.id,
      n: assessments.filter((a) => a.findings.some((f) => f.rule === rule.id && f.finding === kind)).length,
    }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n); // stable: ties keep catalogue order
  const count = (pred: (a: ActAssessment) => boolean) => assessments.filter(pred).length;
  const withKind = (kind: FindingKind) => count((a) => a.findings.some((f) => f.finding === kind));

  const lines: SummaryLine[] = [
    ...perRule('violation').map(({ rule, n }) => ({
      kind: 'violation' as const,
      rule,
      acts: n,
      text: `${acts(n)} inconsistent with ${citationOf(rule)}`,
    })),
    ...perRule('possible_violation').map(({ rule, n }) => ({
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
      count((a) => a.missingFacts.some((f) => CHARACTER_FACTS.includes(f))),
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
