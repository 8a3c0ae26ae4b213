import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { planMerge, planUnmerge } from './plan-merge.js';
import { incident, kyrgyzIncidents } from './test-factories.js';

const byId = (id: string) => kyrgyzIncidents().find((x) => x.id === id)!;

describe('planMerge', () => {
  it('keeps every citation and collapses the victim named in two scripts', () => {
    const plan = planMerge(byId('shot-en'), byId('shot-ru'));
    expect(plan.citationIds.sort()).toEqual(['c-amnesty', 'c-ru-news']);
    expect(plan.merged.id).toBe('shot-en');
    const victims = plan.fields.find((f) => f.field === 'victims')!;
    expect(victims.status).toBe('same');
    expect(victims.values).toHaveLength(1);
    expect(victims.values[0]).toMatchObject({
      value: 'Aibol Kozhomuratov',
      variants: ['Айбол Кожомуратов'],
      incidentIds: ['shot-en', 'shot-ru'],
      citationIds: ['c-amnesty', 'c-ru-news'],
    });
    expect(plan.merged.victims).toEqual(['Aibol Kozhomuratov']);
  });

  it('collapses equal values and keeps conflicting ones side by side with their sources', () => {
    const plan = planMerge(byId('shot-en'), byId('shot-cpj'));
    const date = plan.conflicts.find((f) => f.field === 'date')!;
    expect(date.values.map((v) => v.citationIds)).toEqual([['c-amnesty'], ['c-cpj']]);
    // Day 5 October and the night of 5–6 October can both be true.
    expect(date.compatible).toBe(true);
    expect(plan.merged.date).toEqual(byId('shot-en').date);
    expect(plan.fields.find((f) => f.field === 'eventType')!.status).toBe('same');
    // Methods only the target had are filled in, not lost.
    expect(plan.merged.methods).toEqual(['kinetic_impact_projectile']);
  });

  it('marks incompatible dates as such and fills fields only one side has', () => {
    const a = incident('a', {
      date: { start: '2020-10-04', precision: 'day' },
      description: 'Two men attacked a film crew.',
    });
    const b = incident('b', {
      date: { start: '2020-10-09', precision: 'day' },
      title: 'Crew attacked',
      citationIds: ['cb'],
    });
    const plan = planMerge(a, b);
    expect(plan.conflicts.map((f) => f.field)).toEqual(['date']);
    expect(plan.conflicts[0]!.compatible).toBe(false);
    expect(plan.fields.find((f) => f.field === 'title')).toMatchObject({
      status: 'filled',
      values: [{ incidentIds: ['b'], citationIds: ['cb'] }],
    });
    expect(plan.merged.title).toBe('Crew attacked');
  });

  it('unions victims who are different people', () => {
    const plan = planMerge(
      incident('a', { victims: ['Aibol Kozhomuratov'] }),
      incident('b', { victims: ['Руслан Харизов', 'Кожомуратов'] }),
    );
    expect(plan.fields.find((f) => f.field === 'victims')!.status).toBe('union');
    expect(plan.merged.victims).toEqual(['Aibol Kozhomuratov', 'Руслан Харизов']);
  });

  it('refuses to merge an incident with itself or across cases', () => {
    const a = byId('shot-en');
    const refusal = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const self = refusal(() => planMerge(a, a));
    expect(self).toBeInstanceOf(AppError);
    expect((self as AppError).code).toBe('conflict');
    const crossCase = refusal(() => planMerge(a, { ...byId('shot-ru'), caseId: 'other-case' }));
    expect((crossCase as AppError).code).toBe('conflict');
    expect((crossCase as AppError).message).toMatch(/different cases/);
  });
});

describe('planUnmerge', () => {
  it('restores both incidents exactly from the merge record', () => {
    const target = byId('phone-en');
    const source = byId('phone-ru');
    const { record } = planMerge(target, source);
    const restored = planUnmerge(JSON.parse(JSON.stringify(record)) as typeof record);
    expect(restored).toEqual({ target, source });
  });

  it('refuses a record whose snapshots do not match', () => {
    const { record } = planMerge(byId('phone-en'), byId('phone-ru'));
    expect(() => planUnmerge({ ...record, sourceId: 'someone-else' })).toThrowError(/do not match/);
  });
});
