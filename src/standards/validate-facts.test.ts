import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { parseActFacts, parseIncidentFacts } from './validate-facts.js';

/** The AppError a parse throws, so a test can read its code and field. */
function refusal(parse: () => unknown): AppError {
  try {
    parse();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected the facts to be refused');
}

describe('parseActFacts', () => {
  it('fills every fact not given with unknown, and lists with nothing', () => {
    const f = parseActFacts({ weapons: ['baton'] });
    expect(f.target).toBe('unknown');
    expect(f.warning_given).toBe('unknown');
    expect(f.range_m).toBe('unknown');
    expect(f.victim_roles).toEqual([]);
  });

  it('keeps several weapons, once each', () => {
    expect(parseActFacts({ weapons: ['tear_gas', 'baton', 'tear_gas'] }).weapons).toEqual([
      'tear_gas',
      'baton',
    ]);
  });

  it.each([
    ['an unknown weapon', { weapons: ['baton', 'slingshot'] }, 'weapons.1'],
    ['an unknown target', { target: 'everyone' }, 'target'],
    ['a boolean given as a word', { warning_given: 'yes' }, 'warning_given'],
    ['a negative range', { range_m: -5 }, 'range_m'],
    ['a fact the rules do not know', { mood: 'angry' }, 'mood'],
    ['two targets at once (an individual and the crowd)', { target: ['individual', 'crowd'] }, 'target'],
  ])('refuses %s, naming the fact', (_name, input, field) => {
    const e = refusal(() => parseActFacts(input));
    expect(e.code).toBe('validation_failed');
    expect(e.field).toBe(field);
  });

  it.each([
    [
      'indiscriminate fire at one individual',
      { weapons: ['firearm'], target: 'individual', fire_mode: 'indiscriminate' },
      'fire_mode',
    ],
    [
      'a peaceful target posing an imminent threat',
      { target_conduct: 'peaceful', threat_level: 'imminent_injury' },
      'threat_level',
    ],
    [
      'a threat to life with no threat',
      { target_conduct: 'threat_to_life', threat_level: 'none' },
      'threat_level',
    ],
    [
      'a threat of injury with only property at risk',
      { target_conduct: 'threat_of_injury', threat_level: 'property_only' },
      'threat_level',
    ],
    [
      'a superior acting on what they did not know',
      { superior_knew: false, superior_acted: true },
      'superior_acted',
    ],
    ['aid denied when nobody was harmed', { harm: 'none', medical_aid: 'denied' }, 'medical_aid'],
    ['a fire mode without a weapon', { fire_mode: 'direct' }, 'fire_mode'],
  ])('refuses contradictory facts: %s', (_name, input, field) => {
    const e = refusal(() => parseActFacts(input));
    expect(e.code).toBe('validation_failed');
    expect(e.field).toBe(field);
    expect(e.message).toContain(field);
  });

  it('accepts a threatening individual under direct fire', () => {
    expect(() =>
      parseActFacts({
        weapons: ['firearm'],
        target: 'individual',
        fire_mode: 'direct',
        threat_level: 'imminent_injury',
      }),
    ).not.toThrow();
  });
});

describe('parseIncidentFacts', () => {
  it('defaults to an unknown assembly', () => {
    expect(parseIncidentFacts({})).toMatchObject({ participant_violence: 'unknown', violent_parties: [] });
  });

  it.each([
    ['an unknown level of violence', { participant_violence: 'some' }, 'participant_violence'],
    [
      'violent participants when there was no violence',
      { participant_violence: 'none', violent_parties: ['participants'] },
      'violent_parties',
    ],
    [
      'a violent assembly without violence',
      { participant_violence: 'none', reported_character: 'violent' },
      'reported_character',
    ],
  ])('refuses %s, naming the fact', (_name, input, field) => {
    const e = refusal(() => parseIncidentFacts(input));
    expect(e.code).toBe('validation_failed');
    expect(e.field).toBe(field);
  });
});
