import { expect, it } from 'vitest';
import { readSeedStatement } from '../demo/statement-file.js';
import { seedKyrgyzstanCase } from '../demo/seed-kyrgyzstan.js';
import { mergeIncidents } from '../duplicates/merge.service.js';
import { seedTestAccounts, type TestAccounts } from '../duplicates/test-accounts.js';
import { createFigure } from '../figures/figure.service.js';
import { describeEachDatabase } from '../test/databases.js';
import { corroborationForIncident } from './corroboration.service.js';
import { setCitationDerivedFrom } from './derivation.service.js';
import { figureGroups, figureSeries } from './figure-groups.service.js';

describeEachDatabase('corroboration of incidents', (use) => {
  let ids: TestAccounts;
  const ctx = () => ({ db: use().db, actor: 'tester' });

  it('a merged incident lists every source; the republication counts once', async () => {
    ids = await seedTestAccounts(ctx());
    expect((await corroborationForIncident(ctx(), ids.shotEn)).level).toBe('single_source');
    await mergeIncidents(ctx(), ids.shotEn, ids.shotRu);
    await mergeIncidents(ctx(), ids.shotEn, ids.shotMirror);
    const report = await corroborationForIncident(ctx(), ids.shotEn);
    expect(report.level).toBe('corroborated');
    expect(report.independentSources).toBe(2);
    // Five citations: the English and Russian incident and act citations, and the republication's.
    expect(report.citations).toHaveLength(5);
    expect(report.citations.map((c) => c.source?.name.split(' ')[0]).sort()).toEqual([
      'Ala-Too',
      'Ala-Too',
      'News',
      'Кыргыз',
      'Кыргыз',
    ]);
    const mirror = report.citations.find((c) => c.id === ids.citations.shotMirror)!;
    expect(mirror.document.url).toBe('https://mirror.example.net/world/asia/asanov-photographer');
    expect(mirror.source?.reliability).toBe('D');
    expect(mirror.quote).toMatch(/Nurlan Asanov/);
    const english = report.origins.find((o) => o.source.startsWith('Ala-Too Monitor'))!;
    expect(english.citationIds).toContain(ids.citations.shotMirror);
    expect(english.reasons.join(' ')).toMatch(/republishes/);
    expect(report.reasoning).toMatch(/2 independent sources/);
    expect(report.reasoning).toMatch(/counted once: .*News Mirror/);
    // The victim named in Latin and Cyrillic is one value supported by both independent sources.
    const victim = report.facts.find((f) => f.fact === 'victim')!;
    expect(victim.values).toHaveLength(1);
    expect(victim.independentSources).toBe(2);
    const date = report.facts.find((f) => f.fact === 'date')!;
    expect(date.values.map((v) => v.value)).toEqual(['2020-10-05']);
    expect(report.facts.some((f) => f.level === 'disputed')).toBe(false);
  });

  it('a citation marked as derived from another counts once; the mark can be cleared; loops are refused', async () => {
    const { shotEn, shotRu } = ids.citations;
    const marked = await setCitationDerivedFrom(ctx(), shotRu, { derivedFromId: shotEn, version: 1 });
    expect(marked.derivedFromId).toBe(shotEn);
    const single = await corroborationForIncident(ctx(), ids.shotEn);
    expect(single.level).toBe('single_source');
    expect(single.origins).toHaveLength(1);
    expect(single.origins[0]!.reasons.join(' ')).toMatch(/marked as derived/);
    expect(single.reasoning).toMatch(/repeated by Кыргыз Пресс Обзор/);
    await expect(
      setCitationDerivedFrom(ctx(), shotEn, { derivedFromId: shotRu, version: 1 }),
    ).rejects.toMatchObject({ code: 'conflict', field: 'derivedFromId' });
    await expect(
      setCitationDerivedFrom(ctx(), shotEn, { derivedFromId: shotEn, version: 1 }),
    ).rejects.toThrow(/itself/);
    await expect(
      setCitationDerivedFrom(ctx(), shotRu, { derivedFromId: null, version: 1 }),
    ).rejects.toMatchObject({ code: 'version_conflict' });
    await setCitationDerivedFrom(ctx(), shotRu, { derivedFromId: null, version: 2 });
    expect((await corroborationForIncident(ctx(), ids.shotEn)).level).toBe('corroborated');
  });

  it('two independent injury counts kept by a merge make the harm disputed, with both values', async () => {
    await mergeIncidents(ctx(), ids.beatingEn, ids.beatingRu);
    const report = await corroborationForIncident(ctx(), ids.beatingEn);
    expect(report.level).toBe('disputed');
    const harm = report.facts.find((f) => f.fact === 'harm')!;
    expect(harm.level).toBe('disputed');
    expect(harm.values.map((v) => v.value).sort()).toEqual(['3 injured', '5 injured']);
    expect(report.reasoning).toMatch(/harm disputed: 3 injured .* vs 5 injured/);
    expect(report.alternatives.find((a) => a.field === 'injured')?.values.map((v) => v.value)).toEqual([
      3, 5,
    ]);
  });

  it('an incident without citations is unsourced; an unknown one is not found', async () => {
    expect((await corroborationForIncident(ctx(), ids.otherCase)).level).toBe('unsourced');
    await expect(
      corroborationForIncident(ctx(), '00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describeEachDatabase('figures side by side', (use) => {
  const ctx = () => ({ db: use().db, actor: 'tester' });
  let caseId = '';

  it('shows the seed figures and a conflicting "almost 600 injured" side by side, nothing replaced', async () => {
    caseId = (await seedKyrgyzstanCase(ctx(), readSeedStatement())).caseId;
    await createFigure(ctx(), {
      caseId,
      what: 'people injured',
      measureKey: 'injured_treated',
      value: 600,
      qualifier: 'almost',
      asOf: '2020-10-06',
      reportedBy: 'a news site (test)',
    });
    const groups = await figureGroups(ctx(), caseId);
    const byKey = new Map(groups.map((g) => [g.measureKey, g]));
    expect([...byKey.keys()].sort()).toEqual([
      'covid19_cases_per_day',
      'injured_treated',
      'journalist_incidents',
      'protesters_killed',
    ]);
    const injured = byKey.get('injured_treated')!;
    expect(injured).toMatchObject({ min: 600, max: 686, conflicting: true, series: false });
    expect(injured.values.map((v) => [v.value, v.qualifier, v.asOf, v.reportedBy])).toEqual([
      [686, 'exact', '2020-10-05', 'Ministry of Health'],
      [600, 'almost', '2020-10-06', 'a news site (test)'],
    ]);
    expect(byKey.get('protesters_killed')).toMatchObject({ min: 1, max: 1, conflicting: false });
    expect(byKey.get('journalist_incidents')?.values.map((v) => v.value)).toEqual([6]);
    const total = groups.reduce((n, g) => n + g.values.length, 0);
    expect(total).toBe(6);
  });

  it('reads the COVID-19 figures as a series in date order', async () => {
    const series = await figureSeries(ctx(), caseId, 'covid19_cases_per_day');
    expect(series.values.map((v) => [v.asOf, v.value])).toEqual([
      ['2020-09-13', 53],
      ['2020-10-08', 245],
    ]);
    const group = (await figureGroups(ctx(), 'kyrgyzstan-2020-10')).find(
      (g) => g.measureKey === 'covid19_cases_per_day',
    );
    expect(group).toMatchObject({ series: true, conflicting: false, min: 53, max: 245 });
    expect((await figureSeries(ctx(), caseId, 'no_such_measure')).values).toEqual([]);
  });
});
