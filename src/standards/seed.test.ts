/**
 * The acts of the seed statement (Amnesty International on Kyrgyzstan, October 2020), encoded as facts
 * the way extraction gives them, checked against the `expected_assessments` of the hand-coded truth file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessAct } from './engine.js';
import type { ActFactsInput, IncidentFactsInput } from './facts.js';
import type { ActAssessment } from './finding.js';
import { parseActFacts, parseIncidentFacts } from './validate-facts.js';
import { factsFromVocabulary } from './vocabulary-map.js';

interface Expected {
  incident: string;
  finding: string;
  why: string;
}
const truthPath = resolve(process.cwd(), '../shared/corpus/amnesty-kyrgyzstan-2020-10.truth.json');
const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as { expected_assessments: Expected[] };

/** Each incident's acts: vocabulary from extraction plus the facts the statement gives. */
const SEED: Record<string, { acts: ActFactsInput[]; incident: IncidentFactsInput }> = {
  'dispersal-bishkek': {
    incident: { assembly: true, reported_character: 'mostly_peaceful' },
    acts: [
      {
        ...factsFromVocabulary({
          methods: ['water_cannon', 'kinetic_impact_projectile', 'tear_gas', 'stun_grenade'],
          actorKind: 'police',
          victimRoles: ['protester'],
        }),
        purpose: 'dispersal',
        target: 'crowd',
      },
      // One protester died, cause unclear: recorded as its own act of the same dispersal.
      {
        ...factsFromVocabulary({ methods: [], actorKind: 'police', victimRoles: ['protester'] }),
        purpose: 'dispersal',
        harm: 'death',
      },
    ],
  },
  'kozhomuratov-rubber-bullet': {
    incident: { assembly: true, reported_character: 'mostly_peaceful' },
    acts: [
      {
        ...factsFromVocabulary({
          methods: ['kinetic_impact_projectile'],
          actorKind: 'police',
          victimRoles: ['journalist'],
        }),
        fire_mode: 'direct',
        target: 'individual',
        target_conduct: 'peaceful',
      },
    ],
  },
  'kharizov-phone': {
    incident: {},
    acts: [
      {
        ...factsFromVocabulary({
          methods: ['confiscation_of_equipment'],
          actorKind: 'police',
          victimRoles: ['journalist'],
        }),
        prevented_from_recording: true, // the phone was taken during a live broadcast
      },
    ],
  },
  'kloop-crew-osh': {
    incident: {},
    acts: [
      factsFromVocabulary({
        methods: ['physical_assault', 'attempted_seizure_of_equipment'],
        actorKind: 'unidentified',
        victimRoles: ['journalist'],
      }),
    ],
  },
  'ambulances-seized': {
    incident: { assembly: true },
    acts: [
      factsFromVocabulary({
        methods: ['seizure_of_vehicle'],
        actorKind: 'protesters',
        victimRoles: ['medical'],
      }),
    ],
  },
};

const assessIncident = (id: string): ActAssessment[] => {
  const seed = SEED[id];
  if (!seed) throw new Error(`no seed facts for ${id}`);
  const incident = parseIncidentFacts(seed.incident);
  return seed.acts.map((a) => assessAct(parseActFacts(a), incident));
};

describe('seed statement: expected assessments of the truth file', () => {
  it('has expected assessments to check', () => {
    expect(truth.expected_assessments.length).toBeGreaterThanOrEqual(7);
  });

  it.each(truth.expected_assessments.map((e) => [e.incident, e.finding, e.why] as const))(
    '%s → %s (%s)',
    (incident, finding) => {
      const found = assessIncident(incident).flatMap((a) => a.findings.map((f) => f.finding));
      expect(found).toContain(finding);
    },
  );

  it('attributes each expected finding of the dispersal to the rule the truth gives as the reason', () => {
    const [dispersal] = assessIncident('dispersal-bishkek');
    const byRule = Object.fromEntries(dispersal!.findings.map((f) => [f.rule, f.finding]));
    // water cannon and tear gas on a mostly peaceful crowd: presumed peaceful, so only possible
    expect(byRule['LLW-7.7']).toBe('possible_violation');
    expect(byRule['LLW-7.3']).toBe('possible_violation');
    // rubber bullets to disperse: never allowed
    expect(byRule['LLW-7.5']).toBe('violation');
    expect(dispersal!.headline?.rule).toBe('LLW-7.5');
  });

  it('heads the journalist acts with a violation and the non-State acts with abuse', () => {
    expect(assessIncident('kozhomuratov-rubber-bullet')[0]!.headline?.finding).toBe('violation');
    expect(assessIncident('kharizov-phone')[0]!.headline?.rule).toBe('GC37-30');
    expect(assessIncident('kloop-crew-osh')[0]!.headline?.finding).toBe('abuse_by_non_state_actor');
    expect(assessIncident('ambulances-seized')[0]!.headline?.finding).toBe('abuse_by_non_state_actor');
  });

  it('lists the assembly character as the fact that would settle the dispersal findings', () => {
    const [dispersal] = assessIncident('dispersal-bishkek');
    expect(dispersal!.missingFacts).toContain('participant_violence');
  });
});
