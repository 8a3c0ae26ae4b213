/**
 * The acts of the seed case (Amnesty International's October 2020 statement on Kyrgyzstan) as the
 * proposal rules see them, with the findings the standards engine is expected to give. Labels are ours.
 */
import type { ActForProposal } from './types.js';

const police = { label: 'police officers', kind: 'police', isState: true } as const;

export const SEED_ACTS: ActForProposal[] = [
  {
    actId: 'act-dispersal',
    incidentId: 'dispersal-bishkek',
    incidentDate: '2020-10-05',
    eventType: 'excessive_force_against_protesters',
    perpetrator: police,
    victims: [{ label: 'demonstrators', role: 'protester' }],
    killed: null,
    headlineFinding: 'violation',
    findings: [
      { rule: 'LLW-7.5', finding: 'violation' },
      { rule: 'LLW-7.7', finding: 'possible_violation' },
      { rule: 'LLW-7.3', finding: 'possible_violation' },
    ],
  },
  {
    actId: 'act-death',
    incidentId: 'dispersal-bishkek',
    incidentDate: '2020-10-05',
    eventType: 'death_in_unclear_circumstances',
    perpetrator: { label: 'unknown', kind: 'unidentified', isState: false },
    victims: [{ label: 'a protester', role: 'protester' }],
    killed: 1,
    headlineFinding: 'death_requires_investigation',
    findings: [{ rule: 'GC36-27', finding: 'death_requires_investigation' }],
  },
  {
    actId: 'act-rubber-bullet',
    incidentId: 'kozhomuratov-rubber-bullet',
    incidentDate: '2020-10-05',
    eventType: 'attack_on_journalist',
    perpetrator: { label: 'police special forces', kind: 'police', isState: true },
    victims: [{ label: 'Aibol Kozhomuratov', role: 'journalist' }],
    killed: null,
    headlineFinding: 'violation',
    findings: [
      { rule: 'LLW-7.5', finding: 'violation' },
      { rule: 'GC37-30', finding: 'violation' },
    ],
  },
  {
    actId: 'act-phone',
    incidentId: 'kharizov-phone',
    incidentDate: '2020-10-06',
    eventType: 'obstruction_of_journalist',
    perpetrator: { label: 'a law enforcement officer', kind: 'police', isState: true },
    victims: [{ label: 'Ruslan Kharizov', role: 'journalist' }],
    killed: null,
    headlineFinding: 'violation',
    findings: [{ rule: 'GC37-30', finding: 'violation' }],
  },
  {
    actId: 'act-film-crew',
    incidentId: 'kloop-crew-osh',
    incidentDate: '2020-10-04',
    eventType: 'attack_on_journalist',
    perpetrator: { label: 'two unidentified men', kind: 'unidentified', isState: false },
    victims: [{ label: 'Kloop film crew', role: 'journalist' }],
    killed: null,
    headlineFinding: 'abuse_by_non_state_actor',
    findings: [{ rule: 'NSA-1', finding: 'abuse_by_non_state_actor' }],
  },
  {
    actId: 'act-ambulances',
    incidentId: 'ambulances-seized',
    incidentDate: '2020-10-05',
    eventType: 'attack_on_medical_services',
    perpetrator: { label: 'demonstrators', kind: 'protesters', isState: false },
    victims: [{ label: 'emergency health services', role: 'medical' }],
    killed: null,
    headlineFinding: 'abuse_by_non_state_actor',
    findings: [{ rule: 'NSA-1', finding: 'abuse_by_non_state_actor' }],
  },
  // Recorded in the statement, but nothing to answer for: no proposal expected.
  {
    actId: 'act-building',
    incidentId: 'buildings-seized',
    incidentDate: '2020-10-05',
    eventType: 'seizure_of_building',
    perpetrator: { label: 'groups of protesters', kind: 'protesters', isState: false },
    victims: [],
    killed: null,
    headlineFinding: null,
    findings: [],
  },
  {
    actId: 'act-protest',
    incidentId: 'protests-2020-10-05',
    incidentDate: '2020-10-05',
    eventType: 'peaceful_protest',
    perpetrator: { label: 'demonstrators', kind: 'protesters', isState: false },
    victims: [],
    killed: null,
    headlineFinding: 'consistent',
    findings: [{ rule: 'GC37-85', finding: 'consistent' }],
  },
];
