import { describe, expect, it } from 'vitest';
import {
  assessStoredAct,
  factsOf,
  perpetratorKind,
  toActForProposal,
  type StoredAct,
} from './act-assessment.js';

/** A stored act with sensible defaults: police fire a rubber bullet at a journalist at a protest. */
function anAct(over: Partial<StoredAct> = {}): StoredAct {
  return {
    id: 'act-1',
    incidentId: 'incident-1',
    perpetratorLabel: 'riot police',
    victimLabel: 'a photographer',
    victimRole: 'journalist',
    methods: ['kinetic_impact_projectile'],
    facts: {},
    killed: null,
    incident: { eventType: 'protest_with_intervention', dateStart: '2021-01-23', facts: {} },
    perpetrator: { id: 'actor-police', name: 'City police', kind: 'police', professionalRole: null },
    victim: null,
    ...over,
  };
}

describe('facts of a stored act', () => {
  it('fills in what the vocabulary implies and keeps what the reviewer entered', () => {
    const { act, incident } = factsOf(anAct({ facts: { fire_mode: 'direct', weapons: ['baton'] } }));
    expect(act.actor_type).toBe('police');
    expect(act.weapons.sort()).toEqual(['baton', 'kinetic_impact_projectile']);
    expect(act.victim_roles).toEqual(['journalist']);
    expect(act.fire_mode).toBe('direct');
    expect(incident.assembly).toBe(true);
  });

  it('reads assembly facts kept on the act, and lets the incident’s own facts win', () => {
    const facts = factsOf(
      anAct({
        facts: { participant_violence: 'isolated' },
        incident: {
          eventType: 'attack_on_journalist',
          dateStart: null,
          facts: { participant_violence: 'none', reported_character: 'peaceful' },
        },
      }),
    );
    expect(facts.incident.participant_violence).toBe('none');
    expect(facts.incident.reported_character).toBe('peaceful');
    expect(facts.incident.assembly).toBe('unknown');
  });

  it('records a death as the harm when people were killed and the harm was not entered', () => {
    expect(factsOf(anAct({ killed: 2 })).act.harm).toBe('death');
    expect(factsOf(anAct({ killed: 2, facts: { harm: 'serious_injury' } })).act.harm).toBe('serious_injury');
  });

  it('falls back to the vocabulary when a stored fact is invalid, rather than losing the act', () => {
    const { act } = factsOf(anAct({ facts: { fire_mode: 'sideways', target: 'crowd' } }));
    expect(act.fire_mode).toBe('unknown');
    expect(act.weapons).toEqual(['kinetic_impact_projectile']);
  });

  it('takes the perpetrator kind from the facts when no actor is linked, else leaves it unidentified', () => {
    expect(perpetratorKind(anAct({ perpetrator: null, facts: { actor_type: 'assembly_participant' } }))).toBe(
      'protesters',
    );
    expect(perpetratorKind(anAct({ perpetrator: null }))).toBe('unidentified');
    expect(factsOf(anAct({ perpetrator: null })).act.actor_type).toBe('unknown');
  });
});

describe('an act for the proposal rules', () => {
  it('carries the standards engine’s most serious finding as its headline', () => {
    const act = anAct({ facts: { fire_mode: 'direct', target: 'individual', target_conduct: 'peaceful' } });
    const proposal = toActForProposal(act, assessStoredAct(act));
    expect(proposal.headlineFinding).toBe('violation');
    expect(proposal.findings.map((f) => f.rule)).toContain('LLW-7.5');
    expect(proposal.perpetrator).toEqual({ label: 'riot police', kind: 'police', isState: true });
    expect(proposal.victims).toEqual([{ label: 'a photographer', role: 'journalist' }]);
  });

  it('names the linked victim and falls back to the event type "other" for an unknown one', () => {
    const act = anAct({
      victim: { id: 'v', name: 'Ana Petrova', kind: 'person', professionalRole: 'medic' },
      victimRole: null,
      incident: { eventType: 'no_such_type', dateStart: '2021-01-23', facts: {} },
    });
    const proposal = toActForProposal(act, assessStoredAct(act));
    expect(proposal.victims).toEqual([{ label: 'Ana Petrova', role: 'medic' }]);
    expect(proposal.eventType).toBe('other');
  });
});
