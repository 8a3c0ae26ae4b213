import { beforeAll, expect, it } from 'vitest';
import { assessCase } from '../assessments/assessment.service.js';
import { type SeededCase, seedKyrgyzstanCase } from '../demo/seed-kyrgyzstan.js';
import { describeEachDatabase } from '../test/databases.js';
import { createIncident, incidentFacets, listIncidents } from './incident.service.js';

describeEachDatabase('incident list: facets, full-text search, server-side sort', (use) => {
  let seeded: SeededCase;
  const ctx = () => ({ db: use().db, actor: 'test' });
  const titles = async (filter: Record<string, unknown>) =>
    (await listIncidents(ctx(), { caseId: seeded.caseId, ...filter })).items.map((i) => i.title);

  beforeAll(async () => {
    seeded = await seedKyrgyzstanCase(ctx(), null);
    await assessCase(ctx(), seeded.caseId);
  });

  it('filters by perpetrator kind, victim role and method, read through the acts', async () => {
    // Police and police special forces are both of kind `police`; the Kloop attackers are unidentified.
    const byPolice = await titles({ perpetratorKind: 'police' });
    expect(byPolice).toEqual(
      expect.arrayContaining([expect.stringMatching(/rubber bullet directly at a Current Time reporter/)]),
    );
    expect(byPolice.some((t) => t.includes('Kloop'))).toBe(false);
    const journalists = await titles({ victimRole: 'journalist' });
    expect(journalists.some((t) => t.includes('Kloop'))).toBe(true);
    expect(journalists.some((t) => t.includes('disperse'))).toBe(false);
    expect(await titles({ method: 'water_cannon' })).toEqual([expect.stringMatching(/water cannon/)]);
    expect(await titles({ method: 'water_cannon', victimRole: 'journalist' })).toEqual([]);
  });

  it('filters by stored standards finding and by how many sources are cited', async () => {
    const assessed = await use()
      .db.selectFrom('assessments')
      .select((eb) => eb.fn.coalesce('reviewed_finding', 'finding').as('finding'))
      .execute();
    const finding = assessed[0]!.finding;
    const withFinding = await listIncidents(ctx(), { caseId: seeded.caseId, finding });
    expect(withFinding.total).toBeGreaterThan(0);
    const none = await listIncidents(ctx(), { caseId: seeded.caseId, sources: 'none' });
    const one = await listIncidents(ctx(), { caseId: seeded.caseId, sources: 'one' });
    const several = await listIncidents(ctx(), { caseId: seeded.caseId, sources: 'several' });
    const all = await listIncidents(ctx(), { caseId: seeded.caseId });
    expect(none.total + one.total + several.total).toBe(all.total);
    // Every seeded incident cites the statement; a new one with no citation is unsourced.
    expect(none.total).toBe(0);
    await createIncident(ctx(), {
      caseId: seeded.caseId,
      title: 'An unsourced rumour',
      eventType: 'other',
      dateStart: '2019-01-01',
    });
    expect(await titles({ sources: 'none' })).toEqual(['An unsourced rumour']);
  });

  it('counts each facet value with the other filters applied', async () => {
    const facets = await incidentFacets(ctx(), { caseId: seeded.caseId, victimRole: 'journalist' });
    const count = (list: { value: string; count: number }[], value: string) =>
      list.find((f) => f.value === value)?.count ?? 0;
    // The victim-role facet ignores its own filter, so the other roles stay visible with their counts.
    expect(count(facets.victimRole, 'protester')).toBe(1);
    expect(count(facets.victimRole, 'journalist')).toBe(
      await titles({ victimRole: 'journalist' }).then((t) => t.length),
    );
    // The type facet counts only journalist-victim incidents.
    const types = facets.type.reduce((n, f) => n + f.count, 0);
    expect(types).toBe((await titles({ victimRole: 'journalist' })).length);
    expect(count(facets.method, 'kinetic_impact_projectile')).toBe(1);
    expect(facets.sources.map((f) => f.value)).toContain('one');
  });

  it('searches words in English and Russian, by prefix, and actors by any of their names', async () => {
    expect(await titles({ text: 'Kozhomuratov' })).toEqual([expect.stringMatching(/rubber bullet/)]);
    expect(await titles({ text: 'Кожомуратов' })).toEqual([expect.stringMatching(/rubber bullet/)]);
    // English stemming: "grenade" finds "stun grenades"; a prefix finds the whole word.
    expect(await titles({ text: 'grenade' })).toEqual([expect.stringMatching(/stun grenades/)]);
    expect(await titles({ text: 'Kloo' })).toEqual([expect.stringMatching(/Kloop film crew/)]);
    expect(await titles({ text: 'Kloop water' })).toEqual([]);
    // Operators of the tsquery syntax are not passed through.
    expect(await titles({ text: "!(' & |" })).toEqual([]);
    const russian = await createIncident(ctx(), {
      caseId: seeded.caseId,
      title: 'Задержание журналистов у здания парламента',
      eventType: 'arrests',
      dateStart: '2020-10-06',
    });
    // Russian stemming: the singular finds the plural.
    const found = await listIncidents(ctx(), { caseId: seeded.caseId, text: 'журналист' });
    expect(found.items.map((i) => i.id)).toEqual([russian.id]);
  });

  it('sorts on the server across pages', async () => {
    const byTitle = await titles({ sort: 'title', order: 'asc', limit: 1000 });
    expect(byTitle).toEqual(
      [...byTitle].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en')),
    );
    const firstTwo = await titles({ sort: 'title', order: 'asc', limit: 2 });
    const next = await titles({ sort: 'title', order: 'asc', limit: 2, offset: 2 });
    expect([...firstTwo, ...next]).toEqual(byTitle.slice(0, 4));
    const byHarm = await listIncidents(ctx(), { caseId: seeded.caseId, sort: 'harm', order: 'desc' });
    expect(byHarm.items[0]?.killed).toBe(1);
    const newest = await listIncidents(ctx(), { caseId: seeded.caseId });
    const dates = newest.items.map((i) => i.dateStart ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
