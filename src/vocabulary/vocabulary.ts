/**
 * The controlled vocabulary Dalil keeps: event types (mapped onto ACLED), methods, roles and actor kinds.
 * Every engine, table and export uses these ids; labels for people live in the locale files.
 */
import { z } from 'zod';

export const EVENT_TYPES = [
  'peaceful_protest',
  'protest_with_intervention',
  'excessive_force_against_protesters',
  'violent_demonstration',
  'mob_violence',
  'attack',
  'arrests',
  'attack_on_journalist',
  'obstruction_of_journalist',
  'attack_on_medical_services',
  'seizure_of_building',
  'death_in_unclear_circumstances',
  'attack_on_police',
  'political_development',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const eventTypeSchema = z.enum(EVENT_TYPES);

/** ACLED event type / sub-event type for each of ours; ours without an ACLED twin map to the nearest. */
export const ACLED_EVENT_TYPE: Record<EventType, { eventType: string; subEventType: string }> = {
  peaceful_protest: { eventType: 'Protests', subEventType: 'Peaceful protest' },
  protest_with_intervention: { eventType: 'Protests', subEventType: 'Protest with intervention' },
  excessive_force_against_protesters: {
    eventType: 'Protests',
    subEventType: 'Excessive force against protesters',
  },
  violent_demonstration: { eventType: 'Riots', subEventType: 'Violent demonstration' },
  mob_violence: { eventType: 'Riots', subEventType: 'Mob violence' },
  attack: { eventType: 'Violence against civilians', subEventType: 'Attack' },
  arrests: { eventType: 'Strategic developments', subEventType: 'Arrests' },
  attack_on_journalist: { eventType: 'Violence against civilians', subEventType: 'Attack' },
  obstruction_of_journalist: { eventType: 'Strategic developments', subEventType: 'Other' },
  attack_on_medical_services: { eventType: 'Violence against civilians', subEventType: 'Attack' },
  seizure_of_building: {
    eventType: 'Strategic developments',
    subEventType: 'Non-violent transfer of territory',
  },
  death_in_unclear_circumstances: { eventType: 'Violence against civilians', subEventType: 'Attack' },
  attack_on_police: { eventType: 'Riots', subEventType: 'Violent demonstration' },
  political_development: { eventType: 'Strategic developments', subEventType: 'Other' },
  other: { eventType: 'Strategic developments', subEventType: 'Other' },
};

export const METHODS = [
  'water_cannon',
  'kinetic_impact_projectile',
  'rubber_coated_metal_bullet',
  'pellets',
  'tear_gas',
  'pepper_spray',
  'pepper_ball',
  'stun_grenade',
  'baton',
  'conducted_electrical_weapon',
  'acoustic_device',
  'firearm',
  'vehicle',
  'dog',
  'horse',
  'kettling',
  'physical_assault',
  'shield',
  'arrest',
  'detention',
  'confiscation_of_equipment',
  'attempted_seizure_of_equipment',
  'damage_to_equipment',
  'obstruction_of_reporting',
  'seizure_of_vehicle',
  'threat',
  'other',
] as const;
export type Method = (typeof METHODS)[number];
export const methodSchema = z.enum(METHODS);

/** Methods that are a use of force on people (as opposed to seizing, detaining or obstructing). */
export const FORCE_METHODS: ReadonlySet<Method> = new Set(METHODS.slice(0, METHODS.indexOf('shield') + 1));

export const VICTIM_ROLES = [
  'protester',
  'journalist',
  'medic',
  'medical',
  'monitor',
  'bystander',
  'official',
  'police',
  'child',
  'older_person',
  'person_with_disability',
  'other',
] as const;
export type VictimRole = (typeof VICTIM_ROLES)[number];
export const victimRoleSchema = z.enum(VICTIM_ROLES);

export const ACTOR_KINDS = [
  'person',
  'police',
  'military',
  'state_security_force',
  'official',
  'government_body',
  'media_outlet',
  'ngo',
  'international_organisation',
  'protesters',
  'protest_group',
  'counter_demonstrators',
  'private_security',
  'non_state_armed',
  'unidentified',
  'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const actorKindSchema = z.enum(ACTOR_KINDS);

/** Actor kinds that act for the State: their conduct is assessed as the State's. */
export const STATE_ACTOR_KINDS: ReadonlySet<ActorKind> = new Set([
  'police',
  'military',
  'state_security_force',
  'official',
  'government_body',
]);

export const DATE_PRECISIONS = ['day', 'night', 'approximate', 'month', 'year', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export const datePrecisionSchema = z.enum(DATE_PRECISIONS);

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
export const timeOfDaySchema = z.enum(TIMES_OF_DAY);

export const GEO_PRECISIONS = ['exact', 'neighbourhood', 'city', 'region', 'country', 'unknown'] as const;
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];
export const geoPrecisionSchema = z.enum(GEO_PRECISIONS);

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
