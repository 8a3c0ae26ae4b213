import { describe, expect, it } from 'vitest';
import { deriveAssemblyCharacter } from './assembly-character.js';
import type { IncidentFactsInput } from './facts.js';
import { parseIncidentFacts } from './validate-facts.js';

const character = (input: IncidentFactsInput) => deriveAssemblyCharacter(parseIncidentFacts(input));

describe('deriveAssemblyCharacter (GC37 ¶15–20)', () => {
  it.each<[string, IncidentFactsInput, string, boolean]>([
    ['no violence → peaceful, established', { participant_violence: 'none' }, 'peaceful', false],
    [
      'isolated violence by participants',
      { participant_violence: 'isolated', violent_parties: ['participants'] },
      'isolated_violence',
      false,
    ],
    [
      'isolated violence by provocateurs only → peaceful',
      { participant_violence: 'isolated', violent_parties: ['agents_provocateurs'] },
      'peaceful',
      false,
    ],
    [
      'widespread violence by participants',
      { participant_violence: 'widespread', violent_parties: ['participants', 'police'] },
      'widespread_violence',
      false,
    ],
    [
      'widespread violence by police and counter-demonstrators → peaceful',
      { participant_violence: 'widespread', violent_parties: ['police', 'counter_demonstrators'] },
      'peaceful',
      false,
    ],
    [
      'widespread violence, authors unknown → presumed peaceful',
      { participant_violence: 'widespread' },
      'peaceful',
      true,
    ],
    ['nothing known → presumed peaceful', {}, 'peaceful', true],
    ['"mostly peaceful" → presumed peaceful', { reported_character: 'mostly_peaceful' }, 'peaceful', true],
  ])('%s', (_name, input, value, presumed) => {
    const c = character(input);
    expect(c.value).toBe(value);
    expect(c.presumed).toBe(presumed);
    expect(c.paragraphs).toEqual(['GC37 ¶15–20']);
    expect(c.explanation).not.toMatch(/illegal/i);
  });

  it('lists the fact that would settle a presumption, and none when established', () => {
    expect(character({}).missing_facts).toEqual(['participant_violence']);
    expect(character({ participant_violence: 'widespread' }).missing_facts).toEqual(['violent_parties']);
    expect(character({ participant_violence: 'none' }).missing_facts).toEqual([]);
  });

  it('says when the sources describe the assembly as mostly peaceful', () => {
    expect(character({ reported_character: 'mostly_peaceful' }).explanation).toMatch(/mostly peaceful/);
  });
});
