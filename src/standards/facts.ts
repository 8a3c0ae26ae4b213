/**
 * The facts the standards read, as a zod schema (the schema is the type). Every fact may be `unknown`,
 * which is also the default, so a caller only states what the sources say. Validation refuses values
 * outside the enumerations and facts that contradict each other, naming the fact.
 */
import { z } from 'zod';

const withUnknown = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum([...values, 'unknown']).default('unknown');

/** true / false / 'unknown'. */
const triState = z.union([z.boolean(), z.literal('unknown')]).default('unknown');
export type TriState = boolean | 'unknown';

/**
 * RULES.md actor types, plus two we need for real records: `assembly_participant` (demonstrators who act,
 * e.g. seize ambulances) and `official` (a State official who is not a law enforcement officer).
 */
export const ACTOR_TYPES = [
  'police',
  'gendarmerie',
  'military',
  'plain_clothes',
  'official',
  'private_security',
  'agent_provocateur',
  'counter_demonstrator',
  'assembly_participant',
  'non_state_armed',
  'unidentified',
] as const;
export const WEAPONS = [
  'physical_force',
  'baton',
  'handheld_irritant',
  'tear_gas',
  'kinetic_impact_projectile',
  'rubber_coated_metal_bullet',
  'pellets',
  'water_cannon',
  'stun_grenade',
  'conducted_electrical_weapon',
  'acoustic',
  'firearm',
  'vehicle',
  'dog',
  'horse',
  'kettling',
] as const;
export const FIRE_MODES = [
  'direct',
  'high_angle',
  'skip',
  'handheld',
  'thrown',
  'point_blank',
  'automatic',
  'indiscriminate',
] as const;
export const PURPOSES = [
  'dispersal',
  'arrest',
  'self_defence',
  'defence_of_others',
  'prevent_crime',
  'punishment',
  'none_apparent',
] as const;
export const TARGETS = ['individual', 'small_group', 'crowd', 'bystander', 'vehicle', 'building'] as const;
export const TARGET_CONDUCTS = [
  'threat_to_life',
  'threat_of_injury',
  'property_damage',
  'passive_resistance',
  'peaceful',
  'fleeing',
  'restrained',
  'already_apprehended',
] as const;
export const IMPACT_SITES = [
  'head',
  'face_eyes',
  'neck',
  'chest',
  'upper_abdomen',
  'lower_abdomen',
  'legs',
  'arms',
  'back',
  'spine',
  'groin',
] as const;
export const THREAT_LEVELS = [
  'imminent_death_or_serious_injury',
  'imminent_injury',
  'property_only',
  'none',
] as const;
export const LESS_HARMFUL_MEANS = ['attempted_failed', 'clearly_ineffective', 'not_attempted'] as const;
export const ACT_VICTIM_ROLES = [
  'protester',
  'journalist',
  'monitor',
  'medic',
  'ambulance_crew',
  'bystander',
  'child',
  'older_person',
  'person_with_disability',
] as const;
export const HARMS = [
  'none',
  'minor',
  'treated_injury',
  'serious_injury',
  'permanent_injury',
  'death',
] as const;
export const MEDICAL_AID = ['prompt', 'delayed', 'obstructed', 'denied'] as const;
export const PARTICIPANT_VIOLENCE = ['none', 'isolated', 'widespread'] as const;
export const VIOLENT_PARTIES = [
  'participants',
  'police',
  'agents_provocateurs',
  'counter_demonstrators',
] as const;
/** How the sources characterise the assembly when the extent of violence is not established. */
export const REPORTED_CHARACTERS = ['peaceful', 'mostly_peaceful', 'violent'] as const;

export type ActorType = (typeof ACTOR_TYPES)[number];
export type Weapon = (typeof WEAPONS)[number];
export type ActVictimRole = (typeof ACT_VICTIM_ROLES)[number];
export type ViolentParty = (typeof VIOLENT_PARTIES)[number];

/** The facts of one act: one perpetrator's act on one victim or group. */
export const actFactsSchema = z.strictObject({
  actor_type: withUnknown(ACTOR_TYPES),
  /** Every weapon or method of force used in the act; empty when none is recorded. */
  weapons: z.array(z.enum(WEAPONS)).default([]),
  fire_mode: withUnknown(FIRE_MODES),
  range_m: z.union([z.number().nonnegative(), z.literal('unknown')]).default('unknown'),
  purpose: withUnknown(PURPOSES),
  target: withUnknown(TARGETS),
  target_conduct: withUnknown(TARGET_CONDUCTS),
  impact_site: withUnknown(IMPACT_SITES),
  threat_level: withUnknown(THREAT_LEVELS),
  less_harmful_means: withUnknown(LESS_HARMFUL_MEANS),
  warning_given: triState,
  time_to_disperse: triState,
  exits_available: triState,
  confined_space: triState,
  elevated_position: triState,
  force_after_control: triState,
  in_custody: triState,
  officer_id_displayed: triState,
  equipment_seized_or_damaged: triState,
  prevented_from_recording: triState,
  ambulance_obstructed: triState,
  medical_facility_attacked: triState,
  report_filed: triState,
  investigation_opened: triState,
  superior_knew: triState,
  superior_acted: triState,
  /** For acts by non-State actors: did State agents on the spot step in to protect? */
  police_intervened: triState,
  victim_roles: z.array(z.enum(ACT_VICTIM_ROLES)).default([]),
  harm: withUnknown(HARMS),
  medical_aid: withUnknown(MEDICAL_AID),
});

/** Facts about the incident (the assembly) the act happened in. */
export const incidentFactsSchema = z.strictObject({
  /** Did the act happen at or around an assembly? */
  assembly: triState,
  participant_violence: withUnknown(PARTICIPANT_VIOLENCE),
  /** Who was violent; empty when not recorded. */
  violent_parties: z.array(z.enum(VIOLENT_PARTIES)).default([]),
  reported_character: withUnknown(REPORTED_CHARACTERS),
  serious_sustained_disruption: triState,
  police_present: triState,
});

export type ActFacts = z.output<typeof actFactsSchema>;
export type ActFactsInput = z.input<typeof actFactsSchema>;
export type IncidentFacts = z.output<typeof incidentFactsSchema>;
export type IncidentFactsInput = z.input<typeof incidentFactsSchema>;
export type ActFactName = keyof ActFacts;
export type IncidentFactName = keyof IncidentFacts;
/** Any fact a rule can read or report as missing. */
export type FactName = ActFactName | IncidentFactName;

export const ACT_FACT_NAMES = Object.keys(actFactsSchema.shape) as ActFactName[];
export const INCIDENT_FACT_NAMES = Object.keys(incidentFactsSchema.shape) as IncidentFactName[];
