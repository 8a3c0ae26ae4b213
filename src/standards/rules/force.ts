/**
 * General use-of-force rules: necessity, proportionality, medical aid, custody, identification.
 */
import {
  anyHarm,
  outcome,
  seriousHarm,
  stateSide,
  unknownFacts,
  usesForce,
  type Rule,
  type RuleContext,
} from '../rule.js';

const stateForce = (ctx: RuleContext) => stateSide(ctx) && usesForce(ctx.act);

const BPUFF_4: Rule = {
  id: 'BPUFF-4',
  kind: 'state_conduct',
  family: 'force',
  cites: [
    { instrument: 'BPUFF', paragraphs: ['4'] },
    { instrument: 'CCLEO', paragraphs: ['3'] },
    { instrument: 'GC37', paragraphs: ['78'] },
  ],
  paraphrase: 'Force only when strictly necessary; non-violent means first.',
  needs: ['target_conduct', 'purpose', 'less_harmful_means'],
  appliesTo: stateForce,
  evaluate(ctx) {
    const { act } = ctx;
    if (act.target_conduct === 'peaceful') {
      if (act.purpose === 'unknown')
        return outcome('possible_violation', 'force_on_peaceful_purpose_unknown', ['purpose']);
      if (act.purpose !== 'arrest') return outcome('violation', 'force_on_peaceful');
    }
    if (act.less_harmful_means === 'not_attempted')
      return outcome('possible_violation', 'no_less_harmful_means');
    const missing = unknownFacts(ctx, ['target_conduct', 'less_harmful_means']);
    return missing.length > 0
      ? outcome('insufficient_facts', 'not_enough', missing)
      : outcome('consistent', 'necessary_force');
  },
};

const BPUFF_5: Rule = {
  id: 'BPUFF-5',
  kind: 'state_conduct',
  family: 'force',
  cites: [
    { instrument: 'BPUFF', paragraphs: ['5(a)(b)'] },
    { instrument: 'GC37', paragraphs: ['79'] },
  ],
  paraphrase: 'Force proportionate to the threat, harm kept to a minimum, and stopped when the need ends.',
  needs: ['force_after_control', 'harm', 'threat_level'],
  appliesTo: stateForce,
  evaluate(ctx) {
    const { act } = ctx;
    if (act.force_after_control === true) return outcome('violation', 'force_after_control');
    const lowThreat = act.threat_level === 'none' || act.threat_level === 'property_only';
    if (seriousHarm(act) && lowThreat) return outcome('violation', 'serious_harm_low_threat');
    const missing = unknownFacts(ctx, ['force_after_control', 'harm']);
    if (seriousHarm(act) && act.threat_level === 'unknown') missing.push('threat_level');
    return missing.length > 0
      ? outcome('insufficient_facts', 'not_enough', missing)
      : outcome('consistent', 'proportionate');
  },
};

const BPUFF_5C: Rule = {
  id: 'BPUFF-5c',
  kind: 'state_conduct',
  family: 'force',
  cites: [
    { instrument: 'BPUFF', paragraphs: ['5(c)'] },
    { instrument: 'CCLEO', paragraphs: ['6'] },
  ],
  paraphrase: 'Medical aid to the injured at the earliest possible moment.',
  needs: ['harm', 'medical_aid'],
  appliesTo: (ctx) => stateSide(ctx) && anyHarm(ctx.act),
  evaluate(ctx) {
    switch (ctx.act.medical_aid) {
      case 'denied':
      case 'obstructed':
        return outcome('violation', 'aid_denied');
      case 'delayed':
        return outcome('possible_violation', 'aid_delayed');
      case 'prompt':
        return outcome('consistent', 'aid_prompt');
      case 'unknown':
        return outcome('insufficient_facts', 'not_enough', ['medical_aid']);
    }
  },
};

const CCLEO_5: Rule = {
  id: 'CCLEO-5',
  kind: 'state_conduct',
  family: 'force',
  cites: [{ instrument: 'CCLEO', paragraphs: ['5'] }],
  paraphrase: 'Force on a restrained or detained person who poses no threat is ill-treatment.',
  needs: ['in_custody', 'target_conduct', 'threat_level'],
  appliesTo: (ctx) =>
    stateForce(ctx) &&
    (ctx.act.in_custody === true ||
      ctx.act.target_conduct === 'restrained' ||
      ctx.act.target_conduct === 'already_apprehended'),
  evaluate(ctx) {
    const { act } = ctx;
    const threat =
      act.threat_level === 'imminent_death_or_serious_injury' || act.threat_level === 'imminent_injury';
    if (threat) return outcome('consistent', 'force_on_detainee_threat');
    if (act.target_conduct === 'restrained' || act.target_conduct === 'already_apprehended')
      return outcome('violation', 'force_on_restrained');
    if (act.threat_level === 'unknown') return outcome('insufficient_facts', 'not_enough', ['threat_level']);
    return outcome('violation', 'force_on_detainee_no_threat');
  },
};

const GC37_89: Rule = {
  id: 'GC37-89',
  kind: 'state_conduct',
  family: 'force',
  cites: [{ instrument: 'GC37', paragraphs: ['89', '92'] }],
  paraphrase: 'Officers identifiable; plain-clothes officers identify themselves.',
  needs: ['officer_id_displayed'],
  // Only for agents known to be the State's: identification is a duty of officers, not of unknown actors.
  appliesTo: (ctx) => ctx.side === 'state' && ctx.act.actor_type !== 'official',
  evaluate(ctx) {
    switch (ctx.act.officer_id_displayed) {
      case false:
        return outcome('possible_violation', 'no_identification');
      case true:
        return outcome('consistent', 'identified');
      case 'unknown':
        return outcome('insufficient_facts', 'not_enough', ['officer_id_displayed']);
    }
  },
};

export const FORCE_RULES: readonly Rule[] = [BPUFF_4, BPUFF_5, BPUFF_5C, CCLEO_5, GC37_89];
