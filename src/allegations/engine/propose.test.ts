import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { proposeAllegations } from './propose.js';
import { SEED_ACTS } from './seed-case.fixture.js';
import type { ActForProposal } from './types.js';

const byActs = (actIds: string[]) => (p: { actIds: string[] }) => p.actIds.join() === actIds.join();

describe('proposeAllegations on the seed case', () => {
  const proposals = proposeAllegations(SEED_ACTS);

  it('proposes the six allegations the statement calls for, and nothing for the rest', () => {
    expect(proposals.map((p) => p.actIds).sort()).toEqual(
      [
        ['act-ambulances'],
        ['act-death'],
        ['act-dispersal'],
        ['act-film-crew'],
        ['act-phone'],
        ['act-rubber-bullet'],
      ].sort(),
    );
  });

  it('puts the death first, for the prosecutor', () => {
    expect(proposals[0]).toMatchObject({
      actIds: ['act-death'],
      priority: 'urgent',
      authorityKind: 'prosecutor',
    });
    expect(proposals[0]?.grounds).toContainEqual({ trigger: 'death', actId: 'act-death', rule: 'GC36-27' });
    expect(proposals[0]?.title).toBe('Death of a protester, 2020-10-05');
    expect(proposals.find(byActs(['act-film-crew']))?.title).toBe(
      'Attack on Kloop film crew by two unidentified men, 2020-10-04',
    );
  });

  it('suggests an authority that fits each allegation', () => {
    const authority = (id: string) => proposals.find(byActs([id]))?.authorityKind;
    expect(authority('act-dispersal')).toBe('prosecutor');
    expect(authority('act-rubber-bullet')).toBe('prosecutor');
    expect(authority('act-phone')).toBe('internal_affairs');
    expect(authority('act-film-crew')).toBe('police');
    expect(authority('act-ambulances')).toBe('police');
  });

  it('gives the grounds: findings with their rules, and the kind of victim', () => {
    const bullet = proposals.find(byActs(['act-rubber-bullet']));
    expect(bullet?.grounds.map((g) => `${g.trigger}:${g.rule ?? ''}`)).toEqual([
      'violation:LLW-7.5',
      'violation:GC37-30',
      'journalist:',
    ]);
    const ambulances = proposals.find(byActs(['act-ambulances']));
    expect(ambulances?.grounds.map((g) => g.trigger).sort()).toEqual(['medical', 'non_state_abuse']);
    expect(ambulances?.title).toContain('emergency health services');
  });

  it('matches the hand-coded record of the statement', () => {
    const truthPath = fileURLToPath(
      new URL('../../../../shared/corpus/amnesty-kyrgyzstan-2020-10.truth.json', import.meta.url),
    );
    const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as {
      incidents: { id: string; event_type: string }[];
    };
    for (const p of proposals) {
      const incident = truth.incidents.find((i) => i.id === p.incidentId);
      expect(incident, p.incidentId).toBeDefined();
      const act = SEED_ACTS.find((a) => a.actId === p.actIds[0]);
      // The death is recorded inside the dispersal incident; every other act keeps its incident's type.
      if (act && act.eventType !== 'death_in_unclear_circumstances')
        expect(act.eventType).toBe(incident?.event_type);
    }
  });
});

describe('proposeAllegations: grouping and repeat runs', () => {
  it('does not propose an act that already belongs to an allegation', () => {
    const again = proposeAllegations(SEED_ACTS, ['act-dispersal', 'act-death']);
    expect(again).toHaveLength(4);
    expect(again.flatMap((p) => p.actIds)).not.toContain('act-dispersal');
  });

  it('groups the acts of one incident by one perpetrator into one allegation', () => {
    const dispersal = SEED_ACTS[0] as ActForProposal;
    const waterCannon: ActForProposal = {
      ...dispersal,
      actId: 'act-dispersal-water',
      headlineFinding: 'possible_violation',
      findings: [{ rule: 'LLW-7.7', finding: 'possible_violation' }],
    };
    const proposals = proposeAllegations([dispersal, waterCannon]);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]?.actIds).toEqual(['act-dispersal', 'act-dispersal-water']);
  });

  it('counts an act listed twice once', () => {
    const dispersal = SEED_ACTS[0] as ActForProposal;
    expect(proposeAllegations([dispersal, dispersal])[0]?.actIds).toEqual(['act-dispersal']);
  });

  it('gives the same answer whatever the order of the acts', () => {
    const shuffled = [...SEED_ACTS].reverse();
    expect(proposeAllegations(shuffled)).toEqual(proposeAllegations(SEED_ACTS));
  });

  it('sends possible-only state force to the ombudsman with normal priority', () => {
    const act: ActForProposal = {
      ...(SEED_ACTS[0] as ActForProposal),
      headlineFinding: 'possible_violation',
      findings: [{ rule: 'STUN-1', finding: 'possible_violation' }],
    };
    expect(proposeAllegations([act])[0]).toMatchObject({ authorityKind: 'ombudsman', priority: 'normal' });
  });
});
