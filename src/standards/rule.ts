/**
 * The shape of a rule in the catalogue, and the context every rule's logic reads. Rules are data:
 * the engine (engine.ts) filters by `appliesTo`, runs `evaluate`, and writes the explanation.
 */
import type { AssemblyCharacter } from './assembly-character.js';
import type { ActFacts, FactName, IncidentFacts, Weapon } from './facts.js';
import type { FindingKind } from './finding.js';
import type { Citation } from './instruments.js';
import type { SituationKey } from './explanations.en.js';
import type { ActorSide } from './vocabulary-map.js';

/**
 * `state_conduct`: judges what State agents did (applies unless the actor is known to be non-State).
 * `non_state_conduct`: conduct of private persons. `accountability`: duties after the fact (report, investigate).
 */
export type RuleKind = 'state_conduct' | 'non_state_conduct' | 'accountability';
export type RuleFamily =
  | 'force'
  | 'firearms'
  | 'less_lethal'
  | 'assembly'
  | 'journalists'
  | 'medical'
  | 'non_state'
  | 'accountability';

export interface RuleContext {
  act: ActFacts;
  incident: IncidentFacts;
  character: AssemblyCharacter;
  side: ActorSide;
}

export interface Outcome {
  finding: FindingKind;
  /** Which sentence of the locale describes the facts. */
  situation: SituationKey;
  missing: FactName[];
}

export interface Rule {
  id: string;
  kind: RuleKind;
  family: RuleFamily;
  /** First citation is the rule's main instrument. */
  cites: readonly Citation[];
  /** Further references outside the instrument table. */
  alsoSee?: readonly string[];
  /** Our own short paraphrase of the standard. */
  paraphrase: string;
  needs: readonly FactName[];
  appliesTo: (ctx: RuleContext) => boolean;
  evaluate: (ctx: RuleContext) => Outcome;
}

export const outcome = (
  finding: FindingKind,
  situation: SituationKey,
  missing: FactName[] = [],
): Outcome => ({
  finding,
  situation,
  missing,
});

/** Facts among `names` whose value is still unknown. */
export function unknownFacts(ctx: RuleContext, names: readonly FactName[]): FactName[] {
  return names.filter((name) => {
    const value =
      name in ctx.act ? ctx.act[name as keyof ActFacts] : ctx.incident[name as keyof IncidentFacts];
    return value === 'unknown';
  });
}

export const uses = (act: ActFacts, ...weapons: Weapon[]): boolean =>
  weapons.some((w) => act.weapons.includes(w));
export const usesForce = (act: ActFacts): boolean => act.weapons.length > 0;

const INJURIOUS_HARM = new Set(['minor', 'treated_injury', 'serious_injury', 'permanent_injury', 'death']);
const SERIOUS_HARM = new Set(['serious_injury', 'permanent_injury', 'death']);
/** Weapons that by their nature do more than negligible harm, whatever the recorded outcome. */
const INJURIOUS_WEAPONS: readonly Weapon[] = [
  'baton',
  'handheld_irritant',
  'tear_gas',
  'kinetic_impact_projectile',
  'rubber_coated_metal_bullet',
  'pellets',
  'water_cannon',
  'stun_grenade',
  'conducted_electrical_weapon',
  'firearm',
  'vehicle',
  'dog',
  'horse',
];

/** true / false / 'unknown': was the force more than negligible? */
export function injurious(act: ActFacts): boolean | 'unknown' {
  if (INJURIOUS_HARM.has(act.harm) || uses(act, ...INJURIOUS_WEAPONS)) return true;
  if (act.harm === 'none') return false;
  return act.harm === 'unknown' && usesForce(act) ? 'unknown' : false;
}
export const seriousHarm = (act: ActFacts): boolean => SERIOUS_HARM.has(act.harm);
export const anyHarm = (act: ActFacts): boolean => INJURIOUS_HARM.has(act.harm);

/** Was the person targeted violent or threatening? 'unknown' when not recorded. */
export function targetThreatening(act: ActFacts): boolean | 'unknown' {
  switch (act.target_conduct) {
    case 'threat_to_life':
    case 'threat_of_injury':
      return true;
    case 'property_damage':
    case 'passive_resistance':
    case 'peaceful':
    case 'fleeing':
    case 'restrained':
    case 'already_apprehended':
      return false;
    case 'unknown':
      return 'unknown';
  }
}

/** The act happened at an assembly, or was a dispersal (which implies one). */
export const atAssembly = (ctx: RuleContext): boolean =>
  ctx.incident.assembly === true || ctx.act.purpose === 'dispersal';

export const aimedAtGroup = (act: ActFacts): boolean =>
  act.target === 'crowd' || act.target === 'small_group';

export const stateSide = (ctx: RuleContext): boolean => ctx.side !== 'non_state';

/**
 * A breach that rests only on the presumption of peacefulness is possible, and the assembly's character
 * is what would settle it. When the sources call the assembly violent, the presumption decides nothing.
 */
export function onPresumption(ctx: RuleContext, situation: SituationKey): Outcome {
  const missing = [...ctx.character.missing_facts];
  return ctx.incident.reported_character === 'violent'
    ? outcome('insufficient_facts', 'not_enough', missing)
    : outcome('possible_violation', situation, missing);
}
