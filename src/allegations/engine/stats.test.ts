import { describe, expect, it } from 'vitest';
import { impunityStatus } from './impunity.js';
import { allegationStats } from './stats.js';
import { aStep, anAllegation } from './test-factories.js';

describe('impunityStatus', () => {
  const allegation = anAllegation();

  it('sees no progress in paperwork alone', () => {
    expect(
      impunityStatus(allegation, [
        aStep('submitted', '2020-10-10'),
        aStep('investigation_opened', '2020-10-20'),
      ]),
    ).toBe('no_progress');
  });

  it('sees partial justice in charges, sanctions or an acquittal after trial', () => {
    expect(impunityStatus(allegation, [aStep('charged', '2020-11-01')])).toBe('partial_justice');
    expect(impunityStatus(allegation, [aStep('disciplinary_sanction', '2020-11-01')])).toBe(
      'partial_justice',
    );
    expect(impunityStatus(allegation, [aStep('acquittal', '2020-11-01')])).toBe('partial_justice');
  });

  it('needs the masterminds convicted too when the allegation names them', () => {
    const conviction = aStep('conviction', '2021-03-01');
    expect(impunityStatus(allegation, [conviction])).toBe('full_justice');
    const withMastermind = anAllegation({ masterminds: ['the commander who ordered it'] });
    expect(impunityStatus(withMastermind, [conviction])).toBe('partial_justice');
    const both = aStep('conviction', '2021-03-01', { convicted: ['perpetrators', 'masterminds'] });
    expect(impunityStatus(withMastermind, [both])).toBe('full_justice');
  });

  it('follows corrections: a retracted conviction no longer counts', () => {
    const conviction = aStep('conviction', '2021-03-01');
    const retraction = aStep('retraction', '2021-03-02', { correctsStepId: conviction.id });
    expect(impunityStatus(allegation, [conviction, retraction])).toBe('no_progress');
  });
});

describe('allegationStats', () => {
  const prosecutor = { name: 'Prosecutor General', kind: 'prosecutor' as const };
  const ombudsman = { name: 'Ombudsman', kind: 'ombudsman' as const };
  const items = [
    {
      allegation: anAllegation({ id: 'a', authority: prosecutor }),
      steps: [
        aStep('submitted', '2020-10-10'),
        aStep('acknowledged', '2020-10-14'),
        aStep('investigation_opened', '2020-10-30'),
      ],
    },
    {
      allegation: anAllegation({ id: 'b', authority: prosecutor }),
      steps: [
        aStep('submitted', '2020-10-10'),
        aStep('acknowledged', '2020-10-20'),
        aStep('investigation_opened', '2020-10-20'),
        aStep('charged', '2020-11-20'),
        aStep('tried', '2021-01-10'),
        aStep('conviction', '2021-01-20'),
      ],
    },
    {
      allegation: anAllegation({ id: 'c', caseId: 'case-other', authority: ombudsman }),
      steps: [aStep('submitted', '2020-11-01')],
    },
    { allegation: anAllegation({ id: 'd', authority: undefined }), steps: [] },
  ];
  const stats = allegationStats(items, '2020-12-01');

  it('counts stages, outcomes and impunity overall', () => {
    expect(stats.overall.total).toBe(4);
    expect(stats.overall.byStage).toMatchObject({
      documented: 1,
      submitted: 1,
      investigation_opened: 1,
      outcome: 1,
    });
    expect(stats.overall.byOutcome.conviction).toBe(1);
    expect(stats.overall.impunity).toEqual({ no_progress: 3, partial_justice: 0, full_justice: 1 });
  });

  it('gives median delays and the share investigated', () => {
    expect(stats.overall.medianDays).toEqual({
      submittedToAcknowledged: 7, // 4 and 10 days
      submittedToInvestigation: 15, // 20 and 10 days
      investigationToOutcome: 92, // 2020-10-20 to 2021-01-20
    });
    expect(stats.overall.submitted).toBe(3);
    expect(stats.overall.shareInvestigated).toBeCloseTo(2 / 3);
    expect(stats.overall.medianDaysWaitingForInvestigation).toBe(30);
  });

  it('splits by case and by authority', () => {
    expect(Object.keys(stats.byCase)).toEqual(['case-kg-2020', 'case-other']);
    expect(stats.byCase['case-other']?.total).toBe(1);
    expect(stats.byAuthority['Prosecutor General']?.shareInvestigated).toBe(1);
    expect(stats.byAuthority['Ombudsman']?.shareInvestigated).toBe(0);
    expect(stats.byAuthority['unassigned']?.submitted).toBe(0);
    expect(stats.byAuthority['unassigned']?.shareInvestigated).toBeNull();
    expect(stats.byAuthorityKind['prosecutor']?.total).toBe(2);
  });
});
