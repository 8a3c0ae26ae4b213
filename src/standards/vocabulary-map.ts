/**
 * From Dalil's shared vocabulary (methods, actor kinds, victim roles) onto the facts RULES.md reads,
 * so an extracted record can be assessed without hand-coding its facts.
 */
import type { ActorKind, Method, VictimRole } from '../vocabulary/vocabulary.js';
import type { ActFactsInput, ActorType, ActVictimRole, Weapon } from './facts.js';

export type ActorSide = 'state' | 'non_state' | 'unknown';

const STATE_ACTOR_TYPES: ReadonlySet<string> = new Set([
  'police',
  'gendarmerie',
  'military',
  'plain_clothes',
  'official',
]);

/**
 * Whose conduct is it? Unidentified attackers count as non-State: the sources do not tie them to the
 * State, and the State's duty to protect and investigate applies either way.
 */
export function actorSide(actorType: ActorType | 'unknown'): ActorSide {
  if (actorType === 'unknown') return 'unknown';
  return STATE_ACTOR_TYPES.has(actorType) ? 'state' : 'non_state';
}

/**
 * Actor kind → actor type. `state_security_force` (special forces, national guard) maps to
 * `gendarmerie`, the closest RULES.md type for a security force with police powers.
 */
export const ACTOR_TYPE_OF_KIND: Readonly<Record<ActorKind, ActorType | 'unknown'>> = {
  police: 'police',
  military: 'military',
  state_security_force: 'gendarmerie',
  official: 'official',
  government_body: 'official',
  protesters: 'assembly_participant',
  protest_group: 'assembly_participant',
  counter_demonstrators: 'counter_demonstrator',
  private_security: 'private_security',
  non_state_armed: 'non_state_armed',
  unidentified: 'unidentified',
  person: 'unknown',
  media_outlet: 'unknown',
  ngo: 'unknown',
  international_organisation: 'unknown',
  other: 'unknown',
};

/** Method → weapon. Methods that are not force (confiscation, arrest, threats) map to null. */
export const WEAPON_OF_METHOD: Readonly<Record<Method, Weapon | null>> = {
  water_cannon: 'water_cannon',
  kinetic_impact_projectile: 'kinetic_impact_projectile',
  rubber_coated_metal_bullet: 'rubber_coated_metal_bullet',
  pellets: 'pellets',
  tear_gas: 'tear_gas',
  pepper_spray: 'handheld_irritant',
  // Pepper balls are fired projectiles: LLW treats them with kinetic impact projectiles.
  pepper_ball: 'kinetic_impact_projectile',
  stun_grenade: 'stun_grenade',
  baton: 'baton',
  conducted_electrical_weapon: 'conducted_electrical_weapon',
  acoustic_device: 'acoustic',
  firearm: 'firearm',
  vehicle: 'vehicle',
  dog: 'dog',
  horse: 'horse',
  kettling: 'kettling',
  physical_assault: 'physical_force',
  shield: 'physical_force',
  arrest: null,
  detention: null,
  confiscation_of_equipment: null,
  attempted_seizure_of_equipment: null,
  damage_to_equipment: null,
  obstruction_of_reporting: null,
  seizure_of_vehicle: null,
  threat: null,
  other: null,
};

/** Vocabulary victim role → RULES.md victim role; roles the rules do not read map to null. */
export const ACT_ROLE_OF_VICTIM_ROLE: Readonly<Record<VictimRole, ActVictimRole | null>> = {
  protester: 'protester',
  journalist: 'journalist',
  medic: 'medic',
  // "Emergency health services" as a victim are the crews of ambulances.
  medical: 'ambulance_crew',
  monitor: 'monitor',
  bystander: 'bystander',
  child: 'child',
  older_person: 'older_person',
  person_with_disability: 'person_with_disability',
  official: null,
  police: null,
  other: null,
};

export interface VocabularyRecord {
  methods: readonly Method[];
  actorKind?: ActorKind | null;
  victimRoles?: readonly VictimRole[];
}

const MEDICAL_ROLES: ReadonlySet<ActVictimRole> = new Set(['medic', 'ambulance_crew']);

/**
 * Facts that follow from a record in our vocabulary: weapons, actor type, victim roles, and the
 * booleans a method implies (confiscation → equipment seized; seizure of a vehicle from medical
 * crews → ambulance obstructed). Everything else stays unknown for a person to fill in; in particular
 * `detention` does not imply the force was used on a person in custody.
 */
export function factsFromVocabulary(record: VocabularyRecord): ActFactsInput {
  const weapons = [...new Set(record.methods.map((m) => WEAPON_OF_METHOD[m]).filter((w) => w !== null))];
  const roles = [
    ...new Set((record.victimRoles ?? []).map((r) => ACT_ROLE_OF_VICTIM_ROLE[r]).filter((r) => r !== null)),
  ];
  const has = (m: Method) => record.methods.includes(m);
  const facts: ActFactsInput = { weapons, victim_roles: roles };
  if (record.actorKind) facts.actor_type = ACTOR_TYPE_OF_KIND[record.actorKind];
  if (has('confiscation_of_equipment') || has('damage_to_equipment'))
    facts.equipment_seized_or_damaged = true;
  if (has('obstruction_of_reporting')) facts.prevented_from_recording = true;
  if (has('seizure_of_vehicle') && roles.some((r) => MEDICAL_ROLES.has(r))) facts.ambulance_obstructed = true;
  return facts;
}
