/**
 * Conduct of private persons (attackers, demonstrators, counter-demonstrators): recorded as abuse by
 * a non-State actor, which engages the State's duty to protect and investigate.
 */
import { outcome, type Rule } from '../rule.js';

const NSA_1: Rule = {
  id: 'NSA-1',
  kind: 'non_state_conduct',
  family: 'non_state',
  cites: [
    { instrument: 'GC37', paragraphs: ['18', '24', '27'] },
    { instrument: 'GC36', paragraphs: ['23'] },
  ],
  paraphrase:
    'The State must protect from and investigate attacks by non-State actors; their violence does not taint the assembly.',
  needs: ['actor_type', 'police_present', 'police_intervened'],
  appliesTo: (ctx) => ctx.side === 'non_state',
  evaluate(ctx) {
    const { act, incident } = ctx;
    if (incident.police_present === true && act.police_intervened === false)
      return outcome('violation', 'failure_to_protect');
    const situation = act.actor_type === 'unidentified' ? 'unidentified_abuse' : 'non_state_abuse';
    if (incident.police_present === 'unknown')
      return outcome('abuse_by_non_state_actor', situation, ['police_present']);
    if (incident.police_present === true && act.police_intervened === 'unknown')
      return outcome('abuse_by_non_state_actor', situation, ['police_intervened']);
    return outcome('abuse_by_non_state_actor', situation);
  },
};

export const NON_STATE_RULES: readonly Rule[] = [NSA_1];
