/**
 * Policing assemblies (GC37, BPUFF 12–14): when an assembly may be dispersed, and how force and
 * wide-area weapons may be used there. These rules read the assembly's character (GC37 ¶15–20).
 */
import type { FactName } from '../facts.js';
import {
  atAssembly,
  onPresumption,
  injurious,
  outcome,
  stateSide,
  targetThreatening,
  unknownFacts,
  uses,
  usesForce,
  type Rule,
  type RuleContext,
} from '../rule.js';

const stateForceAtAssembly = (ctx: RuleContext) => stateSide(ctx) && usesForce(ctx.act) && atAssembly(ctx);
const notWidespread = (ctx: RuleContext) => ctx.character.value !== 'widespread_violence';

const BPUFF_13: Rule = {
  id: 'BPUFF-13',
  kind: 'state_conduct',
  family: 'assembly',
  cites: [{ instrument: 'BPUFF', paragraphs: ['12–13'] }],
  paraphrase: 'At a non-violent assembly, avoid force or use the minimum.',
  needs: ['participant_violence', 'violent_parties', 'harm', 'target', 'target_conduct'],
  appliesTo: stateForceAtAssembly,
  evaluate(ctx) {
    const { act, character } = ctx;
    if (!notWidespread(ctx)) return outcome('consistent', 'assembly_not_peaceful');
    const harmful = injurious(act);
    if (harmful === false) return outcome('consistent', 'no_injurious_force');
    // Force aimed at the violent few inside a peaceful assembly is judged by the force rules, not this one.
    if (act.target === 'individual' && targetThreatening(act) === true)
      return outcome('consistent', 'force_at_violent_individuals');
    if (harmful === 'unknown') return outcome('insufficient_facts', 'not_enough', ['harm']);
    return character.presumed
      ? onPresumption(ctx, 'injurious_force_presumed_peaceful')
      : outcome('violation', 'injurious_force_peaceful_assembly');
  },
};

const GC37_85: Rule = {
  id: 'GC37-85',
  kind: 'state_conduct',
  family: 'assembly',
  cites: [{ instrument: 'GC37', paragraphs: ['85'] }],
  paraphrase: 'Disperse only a non-peaceful assembly, or on clear evidence of imminent serious violence.',
  needs: [
    'purpose',
    'participant_violence',
    'violent_parties',
    'serious_sustained_disruption',
    'threat_level',
  ],
  appliesTo: (ctx) => stateSide(ctx) && ctx.act.purpose === 'dispersal',
  evaluate(ctx) {
    const { act, incident, character } = ctx;
    if (!notWidespread(ctx)) return outcome('consistent', 'dispersal_of_violent');
    if (act.threat_level === 'imminent_death_or_serious_injury')
      return outcome('consistent', 'dispersal_imminent_violence');
    if (incident.serious_sustained_disruption === true)
      return outcome('consistent', 'dispersal_for_disruption');
    const missing: FactName[] = [...character.missing_facts];
    if (incident.serious_sustained_disruption === 'unknown') missing.push('serious_sustained_disruption');
    if (character.presumed && incident.reported_character === 'violent')
      return outcome('insufficient_facts', 'not_enough', missing);
    if (incident.serious_sustained_disruption === 'unknown')
      return outcome('possible_violation', 'dispersal_justification_unknown', missing);
    return character.presumed
      ? outcome('possible_violation', 'dispersal_presumed_peaceful', missing)
      : outcome('violation', 'dispersal_of_peaceful');
  },
};

const GC37_86: Rule = {
  id: 'GC37-86',
  kind: 'state_conduct',
  family: 'assembly',
  cites: [{ instrument: 'GC37', paragraphs: ['86'] }],
  paraphrase:
    'Force aimed at the violent individuals; nothing more than negligible against passive resisters.',
  needs: ['target', 'target_conduct', 'harm', 'participant_violence', 'violent_parties'],
  appliesTo: stateForceAtAssembly,
  evaluate(ctx) {
    const { act, character } = ctx;
    const harmful = injurious(act);
    if (act.target_conduct === 'passive_resistance' && harmful === true)
      return outcome('violation', 'injurious_force_passive');
    if ((act.target === 'individual' || act.target === 'small_group') && targetThreatening(act) === true)
      return outcome('consistent', 'force_at_violent_individuals');
    if (act.target === 'crowd') {
      if (!notWidespread(ctx)) return outcome('consistent', 'crowd_targeted_widespread');
      return character.presumed
        ? onPresumption(ctx, 'crowd_targeted_isolated_violence')
        : outcome('possible_violation', 'crowd_targeted_isolated_violence');
    }
    const missing = unknownFacts(ctx, ['target', 'target_conduct']);
    if (missing.length > 0) return outcome('insufficient_facts', 'not_enough', missing);
    if (harmful === 'unknown') return outcome('insufficient_facts', 'not_enough', ['harm']);
    return harmful && targetThreatening(act) === false
      ? outcome('violation', 'injurious_force_non_violent')
      : outcome('consistent', 'no_injurious_force');
  },
};

const WIDE_AREA = ['tear_gas', 'water_cannon', 'stun_grenade'] as const;

const GC37_87: Rule = {
  id: 'GC37-87',
  kind: 'state_conduct',
  family: 'assembly',
  cites: [{ instrument: 'GC37', paragraphs: ['87'] }],
  paraphrase:
    'Wide-area weapons as a last resort, with warning and time to leave; no tear gas in confined spaces.',
  needs: [
    'weapons',
    'confined_space',
    'warning_given',
    'time_to_disperse',
    'exits_available',
    'less_harmful_means',
  ],
  appliesTo: (ctx) => stateSide(ctx) && uses(ctx.act, ...WIDE_AREA),
  evaluate(ctx) {
    const { act } = ctx;
    const tearGas = uses(act, 'tear_gas');
    if (tearGas && act.confined_space === true) return outcome('violation', 'tear_gas_confined');
    if (act.warning_given === false) return outcome('violation', 'no_warning');
    if (act.time_to_disperse === false) return outcome('violation', 'no_time_to_leave');
    // With every way out closed, a warning gives no real opportunity to leave.
    if (act.exits_available === false) return outcome('violation', 'no_way_out');
    if (act.less_harmful_means === 'not_attempted')
      return outcome('possible_violation', 'wide_area_not_last_resort');
    const missing = unknownFacts(ctx, [
      'warning_given',
      'time_to_disperse',
      ...(tearGas ? (['confined_space'] as const) : []),
    ]);
    return missing.length > 0
      ? outcome('insufficient_facts', 'not_enough', missing)
      : outcome('consistent', 'wide_area_with_warning');
  },
};

export const ASSEMBLY_RULES: readonly Rule[] = [BPUFF_13, GC37_85, GC37_86, GC37_87];
