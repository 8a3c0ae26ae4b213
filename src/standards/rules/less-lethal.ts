/**
 * Less-lethal weapons (UN guidance HR/PUB/20/1): batons, tear gas, kinetic impact projectiles,
 * water cannon, stun grenades. Sub-paragraph numbers marked ≈ in RULES.md are not cited.
 */
import type { ActFacts } from '../facts.js';
import {
  onPresumption,
  outcome,
  stateSide,
  targetThreatening,
  unknownFacts,
  uses,
  type Outcome,
  type Rule,
  type RuleContext,
} from '../rule.js';

/**
 * Wide-area weapons may disperse only generalised violence. An established non-widespread character
 * gives a violation; a presumed one (e.g. "mostly peaceful") gives a possible violation, because the
 * extent of violence is not yet known.
 */
function characterOutcome(
  ctx: RuleContext,
  established: Outcome['situation'],
  presumed: Outcome['situation'],
): Outcome | null {
  if (ctx.character.value === 'widespread_violence') return null;
  return ctx.character.presumed ? onPresumption(ctx, presumed) : outcome('violation', established);
}

const HEAD_NECK_SPINE = new Set(['head', 'face_eyes', 'neck', 'spine']);

const LLW_7_1: Rule = {
  id: 'LLW-7.1',
  kind: 'state_conduct',
  family: 'less_lethal',
  cites: [{ instrument: 'LLW', paragraphs: ['7.1'] }],
  paraphrase: 'Batons only against violent or threatening persons; never the head, neck or spine.',
  needs: ['target_conduct', 'impact_site'],
  appliesTo: (ctx) => stateSide(ctx) && uses(ctx.act, 'baton'),
  evaluate(ctx) {
    const { act } = ctx;
    if (HEAD_NECK_SPINE.has(act.impact_site)) return outcome('violation', 'baton_to_head');
    if (act.target_conduct === 'property_damage')
      return outcome('possible_violation', 'baton_on_property_damage');
    if (targetThreatening(act) === false) return outcome('violation', 'baton_on_non_threatening');
    const missing = unknownFacts(ctx, ['target_conduct', 'impact_site']);
    return missing.length > 0
      ? outcome('insufficient_facts', 'not_enough', missing)
      : outcome('consistent', 'baton_on_threatening');
  },
};

const LLW_7_3: Rule = {
  id: 'LLW-7.3',
  kind: 'state_conduct',
  family: 'less_lethal',
  cites: [
    { instrument: 'LLW', paragraphs: ['7.3'] },
    { instrument: 'GC37', paragraphs: ['87'] },
  ],
  paraphrase:
    'Tear gas disperses only generalised violence; never fired directly at people; not in confined spaces.',
  needs: ['fire_mode', 'confined_space', 'participant_violence', 'violent_parties'],
  appliesTo: (ctx) => stateSide(ctx) && uses(ctx.act, 'tear_gas'),
  evaluate(ctx) {
    const { act } = ctx;
    if (act.fire_mode === 'direct' || act.fire_mode === 'point_blank')
      return outcome('violation', 'tear_gas_direct');
    if (act.confined_space === true) return outcome('violation', 'tear_gas_confined');
    const byCharacter = characterOutcome(
      ctx,
      'tear_gas_no_widespread_violence',
      'tear_gas_presumed_peaceful',
    );
    if (byCharacter) return byCharacter;
    const missing = unknownFacts(ctx, ['fire_mode', 'confined_space']);
    return missing.length > 0
      ? outcome('insufficient_facts', 'not_enough', missing)
      : outcome('consistent', 'tear_gas_widespread');
  },
};

const NOT_VIOLENT_CONDUCT = new Set([
  'peaceful',
  'passive_resistance',
  'fleeing',
  'restrained',
  'already_apprehended',
]);
const LOWER_BODY = new Set(['lower_abdomen', 'legs']);

function kipOutcome(act: ActFacts): Outcome | null {
  if (uses(act, 'pellets')) return outcome('violation', 'kip_pellets');
  if (act.purpose === 'dispersal') return outcome('violation', 'kip_dispersal');
  if (act.target === 'crowd' || act.fire_mode === 'indiscriminate' || act.fire_mode === 'automatic')
    return outcome('violation', 'kip_crowd');
  if (act.impact_site === 'head' || act.impact_site === 'face_eyes') return outcome('violation', 'kip_head');
  if (NOT_VIOLENT_CONDUCT.has(act.target_conduct) || act.target === 'bystander')
    return outcome('violation', 'kip_non_violent_target');
  if (act.threat_level === 'none' || act.threat_level === 'property_only')
    return outcome('violation', 'kip_low_threat');
  if (act.target_conduct === 'property_damage') return outcome('possible_violation', 'kip_property_damage');
  if (act.impact_site !== 'unknown' && !LOWER_BODY.has(act.impact_site))
    return outcome('possible_violation', 'kip_body_site');
  return null;
}

const LLW_7_5: Rule = {
  id: 'LLW-7.5',
  kind: 'state_conduct',
  family: 'less_lethal',
  cites: [{ instrument: 'LLW', paragraphs: ['7.5'] }],
  paraphrase:
    'Kinetic impact projectiles only in direct fire at the lower abdomen or legs of a violent individual posing an imminent threat of injury; never at the head or face, never to disperse, never into a crowd; no multiple-projectile or metal pellet rounds.',
  needs: ['weapons', 'purpose', 'target', 'fire_mode', 'target_conduct', 'impact_site', 'threat_level'],
  appliesTo: (ctx) =>
    stateSide(ctx) && uses(ctx.act, 'kinetic_impact_projectile', 'rubber_coated_metal_bullet', 'pellets'),
  evaluate(ctx) {
    const decided = kipOutcome(ctx.act);
    if (decided) return decided;
    const missing = unknownFacts(ctx, [
      'purpose',
      'target',
      'fire_mode',
      'target_conduct',
      'impact_site',
      'threat_level',
    ]);
    if (missing.length > 0) return outcome('insufficient_facts', 'not_enough', missing);
    // Every fact known and none of the prohibitions met: direct fire at a violent individual's lower body.
    return ctx.act.fire_mode === 'direct' && ctx.act.target === 'individual'
      ? outcome('consistent', 'kip_lawful')
      : outcome('possible_violation', 'kip_not_direct');
  },
};

const LLW_7_7: Rule = {
  id: 'LLW-7.7',
  kind: 'state_conduct',
  family: 'less_lethal',
  cites: [{ instrument: 'LLW', paragraphs: ['7.7'] }],
  paraphrase:
    'Water cannon only in serious public disorder with a significant likelihood of death, serious injury or widespread destruction; not at the head, at close range or at people on heights.',
  needs: ['participant_violence', 'violent_parties', 'impact_site', 'fire_mode', 'elevated_position'],
  appliesTo: (ctx) => stateSide(ctx) && uses(ctx.act, 'water_cannon'),
  evaluate(ctx) {
    const { act } = ctx;
    const dangerous =
      act.impact_site === 'head' ||
      act.impact_site === 'face_eyes' ||
      act.fire_mode === 'point_blank' ||
      act.elevated_position === true;
    if (dangerous) return outcome('violation', 'water_cannon_dangerous_use');
    const byCharacter = characterOutcome(
      ctx,
      'water_cannon_no_widespread_violence',
      'water_cannon_presumed_peaceful',
    );
    if (byCharacter) return byCharacter;
    const missing = unknownFacts(ctx, ['impact_site', 'fire_mode', 'elevated_position']);
    return missing.length > 0
      ? outcome('insufficient_facts', 'not_enough', missing)
      : outcome('consistent', 'water_cannon_widespread');
  },
};

const AT_PEOPLE = new Set(['individual', 'small_group', 'crowd', 'bystander']);

const STUN_1: Rule = {
  id: 'STUN-1',
  kind: 'state_conduct',
  family: 'less_lethal',
  cites: [{ instrument: 'GC37', paragraphs: ['87'] }],
  alsoSee: ['OSCE/ODIHR guide on law enforcement equipment, §16'],
  paraphrase:
    'Stun grenades are wide-area weapons: not thrown at people, into crowds or into confined spaces.',
  needs: ['target', 'confined_space'],
  appliesTo: (ctx) => stateSide(ctx) && uses(ctx.act, 'stun_grenade'),
  evaluate(ctx) {
    const { act } = ctx;
    if (AT_PEOPLE.has(act.target)) return outcome('possible_violation', 'stun_at_people');
    if (act.confined_space === true) return outcome('possible_violation', 'stun_confined');
    const missing = unknownFacts(ctx, ['target', 'confined_space']);
    return missing.length > 0
      ? outcome('insufficient_facts', 'not_enough', missing)
      : outcome('consistent', 'stun_away_from_people');
  },
};

export const LESS_LETHAL_RULES: readonly Rule[] = [LLW_7_1, LLW_7_3, LLW_7_5, LLW_7_7, STUN_1];
