import { describe, expect, it } from 'vitest';
import { type DateContext, findDates, statedYears, timeOfDay } from './dates.js';

const ctx: DateContext = { referenceYear: 2021, publishedAt: null };
const brief = (s: string, c: DateContext = ctx, lang: 'en' | 'ru' = 'en') =>
  findDates(s, c, lang).map((d) => [d.date_start, d.date_end, d.precision, d.lead]);

describe('findDates (English)', () => {
  it('reads day-month dates with their lead word, using the reference year', () => {
    expect(brief('On 3 March, riot police dispersed a rally held after the vote on 2 March.')).toEqual([
      ['2021-03-03', '2021-03-03', 'day', 'on'],
      ['2021-03-02', '2021-03-02', 'day', 'on'],
    ]);
    expect(brief('By 14 May 2019 the union had counted nine cases.')).toEqual([
      ['2019-05-14', '2019-05-14', 'day', 'by'],
    ]);
    expect(brief('Marchers gathered on June 12, 2020 downtown.')).toEqual([
      ['2020-06-12', '2020-06-12', 'day', 'on'],
    ]);
  });

  it('reads nights and ranges', () => {
    const night = findDates('During the night of 11 – 12 April, troops entered the square.', ctx)[0];
    expect([night?.date_start, night?.date_end, night?.precision, night?.time_of_day]).toEqual([
      '2021-04-11',
      '2021-04-12',
      'night',
      'night',
    ]);
    const single = findDates('During the night of 30 April a crowd gathered.', ctx)[0];
    expect([single?.date_start, single?.date_end]).toEqual(['2021-04-30', '2021-05-01']);
    expect(brief('Strikes continued from 7 to 9 July.')).toEqual([
      ['2021-07-07', '2021-07-09', 'approximate', 'from'],
    ]);
  });

  it('reads months', () => {
    expect(brief('Hospitals were overwhelmed in July and August.')[0]).toEqual([
      '2021-07-01',
      '2021-07-31',
      'month',
      null,
    ]);
  });

  it('resolves relative dates only against a publication date', () => {
    const resolved = findDates('Officers beat two students on Sunday.', {
      referenceYear: null,
      publishedAt: '2021-03-10',
    });
    expect(resolved[0]?.date_start).toBe('2021-03-07');
    const unresolved = findDates('Officers beat two students on Sunday.', {
      referenceYear: 2021,
      publishedAt: null,
    });
    expect(unresolved[0]?.relative).toBe(true);
    expect(unresolved[0]?.date_start).toBeNull();
    expect(unresolved[0]?.precision).toBe('unknown');
  });

  it('leaves dates without a known year unresolved', () => {
    expect(brief('On 9 May the parade passed.', { referenceYear: null, publishedAt: null })).toEqual([
      [null, null, 'unknown', 'on'],
    ]);
  });
});

describe('findDates (Russian)', () => {
  it('reads nights, days and ranges', () => {
    expect(brief('В ночь с 9 на 10 августа ОМОН разогнал митинг.', ctx, 'ru')[0]).toEqual([
      '2021-08-09',
      '2021-08-10',
      'night',
      'during',
    ]);
    expect(brief('12 августа 2020 года задержали журналиста.', ctx, 'ru')).toEqual([
      ['2020-08-12', '2020-08-12', 'day', null],
    ]);
    expect(brief('Акции шли с 3 по 5 мая.', ctx, 'ru')).toEqual([
      ['2021-05-03', '2021-05-05', 'approximate', null],
    ]);
  });
  it('resolves Russian weekdays against the publication date', () => {
    expect(
      findDates(
        'В воскресенье полиция задержала активистов.',
        { referenceYear: null, publishedAt: '2021-03-10' },
        'ru',
      )[0]?.date_start,
    ).toBe('2021-03-07');
  });
});

describe('statedYears, timeOfDay', () => {
  it('finds years stated in dates', () => {
    expect(statedYears('On 4 June 2019 and again in 2019, and on 1 May 2018.')).toEqual([2019, 2018]);
    expect(statedYears('COVID-19 cases rose.')).toEqual([]);
  });
  it('names the time of day', () => {
    expect(timeOfDay('late in the evening of 2 May')).toBe('evening');
    expect(timeOfDay('утром 5 мая')).toBe('morning');
    expect(timeOfDay('On 2 May')).toBeNull();
  });
});
