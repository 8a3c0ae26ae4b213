import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, METHODS, STATE_ACTOR_KINDS } from '../vocabulary/vocabulary.js';
import { WEAPONS } from './facts.js';
import { parseActFacts } from './validate-facts.js';
import { ACTOR_TYPE_OF_KIND, WEAPON_OF_METHOD, actorSide, factsFromVocabulary } from './vocabulary-map.js';

describe('vocabulary → facts', () => {
  it('maps every method to a known weapon or to none', () => {
    for (const m of METHODS) {
      const w = WEAPON_OF_METHOD[m];
      if (w !== null) expect(WEAPONS).toContain(w);
    }
    expect(WEAPON_OF_METHOD.pepper_spray).toBe('handheld_irritant');
    expect(WEAPON_OF_METHOD.physical_assault).toBe('physical_force');
  });

  it('agrees with the vocabulary on which actor kinds act for the State', () => {
    for (const kind of ACTOR_KINDS) {
      const side = actorSide(ACTOR_TYPE_OF_KIND[kind]);
      if (STATE_ACTOR_KINDS.has(kind)) expect(side).toBe('state');
      else expect(side).not.toBe('state');
    }
  });

  it('treats protesters and unidentified attackers as non-State actors', () => {
    expect(actorSide(ACTOR_TYPE_OF_KIND.protesters)).toBe('non_state');
    expect(actorSide(ACTOR_TYPE_OF_KIND.unidentified)).toBe('non_state');
    expect(actorSide(ACTOR_TYPE_OF_KIND.person)).toBe('unknown');
  });

  it('turns confiscation into seized equipment, and obstruction into blocked recording', () => {
    const f = parseActFacts(
      factsFromVocabulary({
        methods: ['confiscation_of_equipment', 'obstruction_of_reporting'],
        actorKind: 'police',
      }),
    );
    expect(f.equipment_seized_or_damaged).toBe(true);
    expect(f.prevented_from_recording).toBe(true);
    expect(f.weapons).toEqual([]);
    expect(f.actor_type).toBe('police');
  });

  it('turns the seizure of a vehicle from medical crews into an obstructed ambulance, and only then', () => {
    const medical = factsFromVocabulary({ methods: ['seizure_of_vehicle'], victimRoles: ['medical'] });
    expect(medical.ambulance_obstructed).toBe(true);
    expect(medical.victim_roles).toEqual(['ambulance_crew']);
    expect(
      factsFromVocabulary({ methods: ['seizure_of_vehicle'], victimRoles: ['protester'] })
        .ambulance_obstructed,
    ).toBeUndefined();
  });

  it('collects weapons once each and drops roles the rules do not read', () => {
    const f = factsFromVocabulary({
      methods: ['kinetic_impact_projectile', 'pepper_ball', 'tear_gas'],
      victimRoles: ['journalist', 'official'],
    });
    expect(f.weapons).toEqual(['kinetic_impact_projectile', 'tear_gas']);
    expect(f.victim_roles).toEqual(['journalist']);
  });
});
