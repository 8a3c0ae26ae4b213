/**
 * Turns a rule's outcome into the sentence a reader sees, from the texts in explanations.en.ts.
 */
import { FACT_LABELS, RULE_SAYS, SITUATIONS, STANDARD_NAMES } from './explanations.en.js';
import type { FactName } from './facts.js';
import { INSTRUMENTS, type Citation } from './instruments.js';
import type { Outcome, Rule } from './rule.js';

const joinAnd = (xs: readonly string[]): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

/** "the UN guidance on less-lethal weapons (section 7.5)". */
export function citeInWords(c: Citation): string {
  const name = STANDARD_NAMES[c.instrument];
  if (c.paragraphs.length === 0) return name;
  const unit = INSTRUMENTS[c.instrument].unit;
  const plural = c.paragraphs.length > 1 || c.paragraphs.some((p) => p.includes('–'));
  return `${name} (${plural ? unit.many : unit.one} ${joinAnd(c.paragraphs)})`;
}

function missingSentence(missing: readonly FactName[]): string {
  return missing.length === 0
    ? ''
    : ` To settle this we need to know: ${missing.map((f) => FACT_LABELS[f]).join('; ')}.`;
}

/** The explanation of one finding, in plain English. */
export function explain(rule: Rule, result: Outcome): string {
  const primary = rule.cites[0];
  const cite = primary ? citeInWords(primary) : rule.id;
  const says = RULE_SAYS[rule.id] ?? rule.paraphrase;
  const situation = SITUATIONS[result.situation];
  const lead = situation ? `${situation} ` : '';
  const missing = missingSentence(result.missing);
  switch (result.finding) {
    case 'violation':
      return `${lead}This is inconsistent with ${cite}, which says ${says}.${missing}`;
    case 'possible_violation':
      return `${lead}This may be inconsistent with ${cite}, which says ${says}.${missing}`;
    case 'consistent':
      return `${lead}This is consistent with ${cite}, which says ${says}.`;
    case 'insufficient_facts':
      return `${lead}Not enough is known yet to apply ${cite}, which says ${says}.${missing}`;
    case 'abuse_by_non_state_actor':
    case 'death_requires_investigation':
    case 'investigation_required':
      return `${lead}Under ${cite}, ${says}.${missing}`;
  }
}
