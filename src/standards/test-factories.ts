/**
 * Small factories for tests: facts from a few overrides, and finding look-ups by rule.
 */
import { describe, expect, it } from 'vitest';
import { assessAct } from './engine.js';
import type { ActFactsInput, FactName, IncidentFactsInput } from './facts.js';
import type { ActAssessment, Finding, FindingKind } from './finding.js';
import { parseActFacts, parseIncidentFacts } from './validate-facts.js';

/** Assesses facts given as overrides of an all-unknown act (police by default) and incident. */
export function assess(act: ActFactsInput, incident: IncidentFactsInput = {}): ActAssessment {
  return assessAct(parseActFacts({ actor_type: 'police', ...act }), parseIncidentFacts(incident));
}

/** The finding of one rule, or undefined when the rule did not apply. */
export const findingOf = (a: ActAssessment, rule: string): Finding | undefined =>
  a.findings.find((f) => f.rule === rule);

export interface RuleCase {
  name: string;
  act: ActFactsInput;
  incident?: IncidentFactsInput;
  /** The finding the rule must give, or 'not_applicable' when it must not run. */
  expect: FindingKind | 'not_applicable';
  /** When given, the exact missing facts of the finding. */
  missing?: FactName[];
}

/** A table-driven test of one rule: each case's facts must give the expected finding. */
export function ruleTable(rule: string, cases: readonly RuleCase[]): void {
  describe(rule, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const found = findingOf(assess(c.act, c.incident), rule);
      if (c.expect === 'not_applicable') {
        expect(found).toBeUndefined();
        return;
      }
      expect(found?.finding).toBe(c.expect);
      if (c.missing) expect(found?.missing_facts).toEqual(c.missing);
    });
  });
}
