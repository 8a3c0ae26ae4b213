import { describe, expect, it } from 'vitest';
import { groupFigures, measureKeyOf, timeSeries } from './figures.js';
import type { Figure } from './types.js';

const figure = (id: string, fields: Partial<Figure> & Pick<Figure, 'what' | 'value'>): Figure => ({
  id,
  qualifier: 'exact',
  reportedBy: 'someone',
  ...fields,
});

const figures: Figure[] = [
  figure('moh', {
    what: 'people treated in hospitals for injuries',
    value: 686,
    date: '2020-10-06',
    reportedBy: 'Ministry of Health',
  }),
  figure('news', {
    what: 'injured people treated in hospital',
    value: 700,
    qualifier: 'about',
    date: '2020-10-07',
    reportedBy: 'News site',
  }),
  figure('ru', {
    what: 'пострадавших обратились в больницы',
    value: 590,
    qualifier: 'almost',
    date: '2020-10-06',
    reportedBy: '24.kg',
  }),
  figure('hosp', {
    what: 'people hospitalised',
    value: 164,
    date: '2020-10-06',
    reportedBy: 'Ministry of Health',
  }),
  figure('covid-oct', {
    what: 'new COVID-19 cases per day',
    value: 245,
    date: '2020-10-08',
    reportedBy: 'Kaktus',
  }),
  figure('covid-sep', {
    what: 'coronavirus cases diagnosed per day',
    value: 53,
    date: '2020-09-13',
    reportedBy: 'Kaktus',
  }),
  figure('dead', { what: 'protesters killed', value: 1, measureKey: 'deaths', reportedBy: 'Amnesty' }),
  figure('dead-2', { what: 'deaths', value: 1, measureKey: 'deaths', reportedBy: 'MoH' }),
];

describe('groupFigures', () => {
  it('puts differently worded figures of one measure together and keeps every value', () => {
    const groups = groupFigures(figures);
    expect(groups.reduce((n, g) => n + g.values.length, 0)).toBe(figures.length);
    const treated = groups.find((g) => g.values.some((v) => v.id === 'moh'))!;
    expect(treated.values.map((v) => v.id).sort()).toEqual(['moh', 'news', 'ru']);
    expect([treated.min, treated.max]).toEqual([590, 700]);
    expect(treated.values.find((v) => v.id === 'ru')).toMatchObject({
      qualifier: 'almost',
      reportedBy: '24.kg',
    });
  });

  it('keeps different measures apart and honours an explicit key', () => {
    expect(measureKeyOf('people hospitalised')).not.toBe(
      measureKeyOf('people treated in hospitals for injuries'),
    );
    const groups = groupFigures(figures);
    expect(groups.find((g) => g.measureKey === 'deaths')!.values).toHaveLength(2);
    expect(groups).toHaveLength(4);
  });
});

describe('timeSeries', () => {
  it('orders one measure by date', () => {
    const series = timeSeries(figures, 'COVID-19 cases per day');
    expect(series.map((f) => [f.date, f.value])).toEqual([
      ['2020-09-13', 53],
      ['2020-10-08', 245],
    ]);
    expect(timeSeries(figures, 'deaths').map((f) => f.id)).toEqual(['dead', 'dead-2']);
  });
});
