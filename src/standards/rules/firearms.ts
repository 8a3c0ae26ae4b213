/**
 * Firearms: only against an imminent threat to life, never to disperse, never indiscriminately.
 */
import { outcome, stateSide, unknownFacts, uses, type Rule } from '../rule.js';

const BPUFF_9: Rule = {
  id: 'BPUFF-9',
  kind: 'state_conduct',
  family: 'firearms',
  cites: [
    { instrument: 'BPUFF', paragraphs: ['9'] },
    { instrument: 'GC36', paragraphs: ['12'] },
  ],
  paraphrase: 'Firearms only against an imminent threat of death or serious injury.',
  needs: ['threat_level'],
  appliesTo: (ctx) => stateSide(ctx) && uses(ctx.act, 'firearm'),
  evaluate(ctx) {
    switch (ctx.act.threat_level) {
      case 'imminent_death_or_serious_injury':
        return outcome('consistent', 'firearm_against_lethal_threat');
      case 'imminent_injury':
      case 'property_only':
      case 'none':
        return outcome('violation', 'firearm_below_threshold');
      case 'unknown':
        return outcome('insufficient_facts', 'not_enough', ['threat_level']);
    }
  },
};

const BPUFF_14: Rule = {
  id: 'BPUFF-14',
  kind: 'state_conduct',
  family: 'firearms',
  cites: [
    { instrument: 'BPUFF', paragraphs: ['14'] },
    { instrument: 'GC37', paragraphs: ['88'] },
  ],
  paraphrase: 'Firearms never simply to disperse an assembly; never indiscriminate fire.',
  needs: ['purpose', 'target', 'fire_mode'],
  appliesTo: (ctx) => stateSide(ctx) && uses(ctx.act, 'firearm'),
  evaluate(ctx) {
    const { act } = ctx;
    if (act.purpose === 'dispersal' || act.target === 'crowd')
      return outcome('violation', 'firearm_to_disperse');
    if (act.fire_mode === 'indiscriminate') return outcome('violation', 'firearm_indiscriminate');
    const missing = unknownFacts(ctx, ['purpose', 'target', 'fire_mode']);
    return missing.length > 0
      ? outcome('insufficient_facts', 'not_enough', missing)
      : outcome('consistent', 'firearm_targeted');
  },
};

export const FIREARMS_RULES: readonly Rule[] = [BPUFF_9, BPUFF_14];
