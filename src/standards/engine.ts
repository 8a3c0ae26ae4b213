/**
 * The engine: runs every rule of the catalogue that applies to an act and ranks the findings.
 * Pure and deterministic: the same facts always give the same findings in the same order.
 */
import { deriveAssemblyCharacter } from './assembly-character.js';
import { explain } from './explain.js';
import type { ActFacts, FactName, IncidentFacts } from './facts.js';
import { SEVERITY, type ActAssessment, type Finding } from './finding.js';
import { formatCitation } from './instruments.js';
import type { Outcome, Rule, RuleContext } from './rule.js';
import { RULES } from './rules/catalogue.js';
import { parseActFacts, parseIncidentFacts } from './validate-facts.js';
import { actorSide } from './vocabulary-map.js';

/**
 * When we do not know whether the actor was a State agent, a breach of a State-conduct rule can only
 * be possible, and who acted is the fact that would settle it.
 */
function adjustForUnknownActor(rule: Rule, ctx: RuleContext, result: Outcome): Outcome {
  if (rule.kind !== 'state_conduct' || ctx.side !== 'unknown' || result.finding !== 'violation')
    return result;
  return { ...result, finding: 'possible_violation', missing: [...result.missing, 'actor_type'] };
}

function toFinding(rule: Rule, result: Outcome): Finding {
  const primary = rule.cites[0];
  if (!primary) throw new Error(`rule ${rule.id} cites nothing`);
  return {
    rule: rule.id,
    instrument: primary.instrument,
    paragraphs: rule.cites.map(formatCitation),
    finding: result.finding,
    explanation: explain(rule, result),
    missing_facts: [...new Set(result.missing)],
  };
}

/** The most serious finding; the earlier rule in the catalogue wins a tie. */
export function pickHeadline(findings: readonly Finding[]): Finding | null {
  let best: Finding | null = null;
  for (const f of findings) if (!best || SEVERITY[f.finding] < SEVERITY[best.finding]) best = f;
  return best;
}

/** Assesses one act against every rule that applies, given the incident it belongs to. */
export function assessAct(
  act: ActFacts,
  incident: IncidentFacts,
  rules: readonly Rule[] = RULES,
): ActAssessment {
  const ctx: RuleContext = {
    act,
    incident,
    character: deriveAssemblyCharacter(incident),
    side: actorSide(act.actor_type),
  };
  const findings = rules
    .filter((rule) => rule.appliesTo(ctx))
    .map((rule) => toFinding(rule, adjustForUnknownActor(rule, ctx, rule.evaluate(ctx))));
  const missingFacts: FactName[] = [...new Set(findings.flatMap((f) => f.missing_facts))];
  return { findings, headline: pickHeadline(findings), missingFacts };
}

/** Validates raw facts (throwing AppError 'validation_failed' naming the fact), then assesses. */
export function assessActInput(act: unknown, incident: unknown = {}): ActAssessment {
  return assessAct(parseActFacts(act), parseIncidentFacts(incident));
}
