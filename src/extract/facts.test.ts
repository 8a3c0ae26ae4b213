import { describe, expect, it } from 'vitest';
import { statedFacts, type FactInput } from './facts.js';

const journalist = {
  name: 'Ruslan Kharizov',
  label: 'a correspondent',
  role: 'journalist' as const,
  affiliation: '24.kg',
};
const police = { label: 'a law enforcement officer', kind: 'police' as const };
const input = (text: string, over: Partial<FactInput> = {}): FactInput => ({
  texts: [text],
  methods: ['kinetic_impact_projectile'],
  perpetrator: police,
  victims: [journalist],
  killed: null,
  ...over,
});

describe("statedFacts: the target's conduct", () => {
  it('reads a live broadcast, filming or reporting at the moment as journalistic work, with its words', () => {
    const cases: [string, string][] = [
      [
        'Police fired a rubber bullet at him while he was conducting a live broadcast in Bishkek.',
        'while he was conducting a live broadcast',
      ],
      ['She was hit by a projectile while she was filming the dispersal.', 'while she was filming'],
      [
        'They were reportedly filming at a polling station when a man attacked them.',
        'They were reportedly filming',
      ],
      ['An officer struck him during his live stream.', 'during his live stream'],
      ['Полицейский ударил его во время прямого эфира.', 'во время прямого эфира'],
    ];
    for (const [text, quote] of cases) {
      const facts = statedFacts(input(text));
      expect(facts.target_conduct, text).toEqual({ value: 'peaceful', quote });
      expect(text).toContain(quote);
    }
  });

  it('keeps the conduct unknown where the text is silent or the filming is not the victim’s', () => {
    const silent = [
      // The seed statement's own sentence on the Current Time reporter says nothing of what he was doing.
      'On 5 October, Aibol Kozhomuratov, a reporter for Current Time, appeared to be deliberately targeted by police special forces who fired a rubber bullet directly at him.',
      'Police were filming the crowd when officers fired rubber bullets at a journalist.',
      'Officers fired rubber bullets at the reporter.',
    ];
    for (const text of silent) expect(statedFacts(input(text)).target_conduct, text).toBeUndefined();
    // With no victim there is nobody whose conduct "he" could describe.
    expect(
      statedFacts(input('Shots were fired while he was filming.', { victims: [] })).target_conduct,
    ).toBeUndefined();
  });

  it('still reads the recording as prevented only when equipment was taken', () => {
    const text =
      'An officer confiscated the phone of Ruslan Kharizov while he was conducting a live broadcast.';
    expect(statedFacts(input(text, { methods: ['confiscation_of_equipment'] }))).toMatchObject({
      prevented_from_recording: { value: true },
      equipment_seized_or_damaged: { value: true, quote: 'confiscated the phone' },
      target_conduct: { value: 'peaceful', quote: 'while he was conducting a live broadcast' },
    });
    expect(statedFacts(input(text)).prevented_from_recording).toBeUndefined();
  });
});
