/**
 * Small factories for tests: facts from a few overrides, and finding look-ups by rule.
 */
import { assessAct } from './engine.js';
import type { ActFactsInput, IncidentFactsInput } from './facts.js';
import type { ActAssessment, Finding } from './finding.js';
import { parseActFacts, parseIncidentFacts } from './validate-facts.js';

/** Assesses facts given as overrides of an all-unknown act (police by default) and incident. */
export function assess(act: ActFactsInput, incident: IncidentFactsInput = {}): ActAssessment {
  return assessAct(parseActFacts({ actor_type: 'police', ...act }), parseIncidentFacts(incident));
}

/** The finding of one rule, or undefined when the rule did not apply. */
export const findingOf = (a: ActAssessment, rule: string): Finding | undefined =>
  a.findings.find((f) => f.rule === rule);
