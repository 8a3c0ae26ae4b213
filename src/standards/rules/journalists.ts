/**
 * Journalists and monitors: free to observe and record, equipment untouched, attacks investigated.
 */
import {
  anyHarm,
  outcome,
  stateSide,
  targetThreatening,
  unknownFacts,
  usesForce,
  type Rule,
  type RuleContext,
} from '../rule.js';
import type { FactName } from '../facts.js';

const reporterTargeted = (ctx: RuleContext) =>
  ctx.act.victim_roles.includes('journalist') || ctx.act.victim_roles.includes('monitor');

const GC37_30: Rule = {
  id: 'GC37-30',
  kind: 'state_conduct',
  family: 'journalists',
  cites: [
    { instrument: 'GC37', paragraphs: ['30', '94'] },
    { instrument: 'GC34', paragraphs: ['44'] },
  ],
  paraphrase:
    'Journalists and monitors may observe and record, also during dispersal; no seizure or damage of equipment, no reprisals.',
  needs: [
    'victim_roles',
    'equipment_seized_or_damaged',
    'prevented_from_recording',
    'weapons',
    'target_conduct',
  ],
  appliesTo: (ctx) => stateSide(ctx) && reporterTargeted(ctx),
  evaluate(ctx) {
    const { act } = ctx;
    if (act.equipment_seized_or_damaged === true) return outcome('violation', 'equipment_seized');
    if (act.prevented_from_recording === true) return outcome('violation', 'recording_prevented');
    const force = usesForce(act);
    if (force && targetThreatening(act) === false) return outcome('violation', 'force_on_journalist');
    const missing: FactName[] = unknownFacts(ctx, [
      'equipment_seized_or_damaged',
      'prevented_from_recording',
    ]);
    if (force && act.target_conduct === 'unknown') missing.push('target_conduct');
    return missing.length > 0
      ? outcome('insufficient_facts', 'not_enough', missing)
      : outcome('consistent', 'journalist_unhindered');
  },
};

/** An attack on a journalist: force, harm, seizure or obstruction, by anyone. */
const attackOnJournalist = (ctx: RuleContext) =>
  ctx.act.victim_roles.includes('journalist') &&
  (usesForce(ctx.act) ||
    anyHarm(ctx.act) ||
    ctx.act.equipment_seized_or_damaged === true ||
    ctx.act.prevented_from_recording === true);

const GC34_23: Rule = {
  id: 'GC34-23',
  kind: 'accountability',
  family: 'journalists',
  cites: [{ instrument: 'GC34', paragraphs: ['23'] }],
  paraphrase: 'Attacks on journalists must be investigated promptly and those responsible prosecuted.',
  needs: ['victim_roles', 'investigation_opened'],
  appliesTo: attackOnJournalist,
  evaluate(ctx) {
    switch (ctx.act.investigation_opened) {
      case false:
        return outcome('violation', 'attack_not_investigated');
      case true:
        return outcome('consistent', 'attack_investigated');
      case 'unknown':
        return outcome('insufficient_facts', 'not_enough', ['investigation_opened']);
    }
  },
};

export const JOURNALIST_RULES: readonly Rule[] = [GC37_30, GC34_23];
