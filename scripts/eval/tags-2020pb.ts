/**
 * THE one table mapping 2020PB tags onto our vocabulary (methods and victim roles). Tags not listed
 * (less-lethal, shoot, throw, grab, explosive, bike, zip-tie, property-destruction, misc tags…) are too
 * vague or not a method of ours, and are ignored on both sides of the comparison.
 *
 * Decisions: baton → baton; strike and beat → physical_assault (a baton blow is tagged both ways, so a
 * "beat with batons" sentence carries both); detention is scored as arrest (2020PB has one tag for both);
 * explosive is ambiguous between stun grenade and projectile and is ignored.
 */
import type { Method, VictimRole } from '../../src/vocabulary/vocabulary.js';

export const TAG_TO_METHOD: Readonly<Record<string, Method>> = {
  'rubber-bullet': 'kinetic_impact_projectile',
  'foam-bullet': 'kinetic_impact_projectile',
  'bean-bag': 'kinetic_impact_projectile',
  beanbag: 'kinetic_impact_projectile',
  'sponge-round': 'kinetic_impact_projectile',
  projectile: 'kinetic_impact_projectile',
  'marking-round': 'kinetic_impact_projectile',
  'wooden-bullet': 'kinetic_impact_projectile',
  'tear-gas': 'tear_gas',
  gas: 'tear_gas',
  'tear-gas-canister': 'tear_gas',
  'pepper-spray': 'pepper_spray',
  mace: 'pepper_spray',
  spray: 'pepper_spray',
  'pepper-ball': 'pepper_ball',
  baton: 'baton',
  taser: 'conducted_electrical_weapon',
  tase: 'conducted_electrical_weapon',
  'live-round': 'firearm',
  gun: 'firearm',
  'stun-grenade': 'stun_grenade',
  lrad: 'acoustic_device',
  vehicle: 'vehicle',
  drive: 'vehicle',
  policecar: 'vehicle',
  dog: 'dog',
  horse: 'horse',
  shield: 'shield',
  arrest: 'arrest',
  push: 'physical_assault',
  shove: 'physical_assault',
  tackle: 'physical_assault',
  punch: 'physical_assault',
  kick: 'physical_assault',
  knee: 'physical_assault',
  'knee-on-neck': 'physical_assault',
  choke: 'physical_assault',
  headlock: 'physical_assault',
  beat: 'physical_assault',
  strike: 'physical_assault',
};

/** Our methods folded before comparison, where 2020PB draws no line. */
export const METHOD_FOLD: Partial<Readonly<Record<Method, Method>>> = {
  detention: 'arrest',
  rubber_coated_metal_bullet: 'kinetic_impact_projectile',
};

export const TAG_TO_ROLE: Readonly<Record<string, VictimRole>> = {
  journalist: 'journalist',
  medic: 'medic',
  'legal-observer': 'monitor',
  protester: 'protester',
  bystander: 'bystander',
  child: 'child',
  elderly: 'older_person',
  'person-with-disability': 'person_with_disability',
};

/** Methods we compare (those some tag maps onto). */
export const SCORED_METHODS: ReadonlySet<Method> = new Set(Object.values(TAG_TO_METHOD));
export const SCORED_ROLES: ReadonlySet<VictimRole> = new Set(Object.values(TAG_TO_ROLE));
