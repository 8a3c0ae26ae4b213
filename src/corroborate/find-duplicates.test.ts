import { describe, expect, it } from 'vitest';
import { compareDates, dayInterval } from './date-overlap.js';
import { findDuplicates } from './find-duplicates.js';
import { comparePlaces } from './place-compare.js';
import { scoreDuplicate } from './score-duplicate.js';
import { incident, kyrgyzIncidents } from './test-factories.js';

const byId = (id: string) => kyrgyzIncidents().find((x) => x.id === id)!;
const pairKey = (a: string, b: string) => [a, b].sort().join(' + ');

describe('dates', () => {
  it('lets a night overlap both its days and keeps days apart otherwise', () => {
    const night = dayInterval({ start: '2020-10-05', precision: 'night' });
    const fifth = dayInterval({ start: '2020-10-05', precision: 'day' });
    const sixth = dayInterval({ start: '2020-10-06', precision: 'day' });
    const ninth = dayInterval({ start: '2020-10-09', precision: 'day' });
    expect(compareDates(fifth, fifth)).toEqual({ similarity: 1, text: 'same day 2020-10-05' });
    expect(compareDates(night, sixth)!.similarity).toBeGreaterThan(0.8);
    expect(compareDates(fifth, sixth)!.similarity).toBe(0.5);
    expect(compareDates(fifth, ninth)!.similarity).toBe(0);
    expect(compareDates(fifth, undefined)).toBeUndefined();
  });

  it('spreads a month over all its days', () => {
    expect(dayInterval({ start: '2020-10', precision: 'month' })).toEqual([
      dayInterval({ start: '2020-10-01', precision: 'day' })![0],
      dayInterval({ start: '2020-10-31', precision: 'day' })![0],
    ]);
    expect(dayInterval({ start: 'soon', precision: 'day' })).toBeUndefined();
  });
});

describe('places', () => {
  it('matches one city across scripts and by distance', () => {
    expect(comparePlaces({ city: 'Bishkek' }, { city: 'Бишкек' })!.similarity).toBeGreaterThan(0.5);
    expect(comparePlaces({ lat: 42.87, lon: 74.57 }, { lat: 42.876, lon: 74.6 })!.text).toMatch(/km apart/);
    expect(comparePlaces({ city: 'Bishkek' }, { city: 'Osh' })!.similarity).toBe(0);
  });
});

describe('scoreDuplicate', () => {
  it('scores the English and Russian accounts of one shooting high, with reasons', () => {
    const { score, reasons } = scoreDuplicate(byId('shot-en'), byId('shot-ru'));
    expect(score).toBeGreaterThan(0.7);
    const texts = reasons.map((r) => r.text);
    expect(texts).toContain('same day 2020-10-05');
    expect(
      texts.some((t) => t.startsWith('victim names match: Aibol Kozhomuratov ~ Айбол Кожомуратов')),
    ).toBe(true);
    expect(texts.some((t) => t.startsWith('same city: Bishkek ~ Бишкек'))).toBe(true);
  });

  it('scores two different incidents of the same day and city low', () => {
    expect(scoreDuplicate(byId('shot-en'), byId('square-water')).score).toBeLessThan(0.5);
    expect(scoreDuplicate(byId('shot-en'), byId('medic-attack')).score).toBeLessThan(0.5);
  });

  it('penalises different named victims even when everything else agrees', () => {
    const a = incident('a', {
      date: { start: '2020-10-05', precision: 'day' },
      place: { city: 'Bishkek' },
      victims: ['Aibol Kozhomuratov'],
    });
    const b = { ...a, id: 'b', victims: ['Ruslan Kharizov'] };
    const c = { ...a, id: 'c', victims: ['Кожомуратов'] };
    expect(scoreDuplicate(a, b).score).toBeLessThan(scoreDuplicate(a, c).score);
    expect(scoreDuplicate(a, b).reasons.some((r) => r.kind === 'penalty')).toBe(true);
  });
});

describe('findDuplicates', () => {
  it('finds every pair of accounts of the same incident and no other pair', () => {
    const found = findDuplicates(kyrgyzIncidents(), { threshold: 0.5 });
    const pairs = new Set(found.map((c) => pairKey(c.aId, c.bId)));
    const expected = [
      pairKey('shot-en', 'shot-ru'),
      pairKey('shot-en', 'shot-cpj'),
      pairKey('shot-ru', 'shot-cpj'),
      pairKey('phone-en', 'phone-ru'),
    ];
    expect([...pairs].sort()).toEqual(expected.sort());
    // Sorted best first.
    expect(found.map((c) => c.score)).toEqual([...found.map((c) => c.score)].sort((x, y) => y - x));
  });

  it('links a victim named weeks apart through the name block, but scores the gap down', () => {
    const early = incident('early', {
      date: { start: '2020-10-05', precision: 'day' },
      victims: ['Aibol Kozhomuratov'],
    });
    const late = incident('late', {
      date: { start: '2020-11-20', precision: 'day' },
      victims: ['Айбол Кожомуратов'],
    });
    const [candidate] = findDuplicates([early, late], { threshold: 0 });
    expect(candidate).toBeDefined();
    expect(candidate!.reasons.find((r) => r.kind === 'date')!.similarity).toBe(0);
  });

  it('returns nothing for no incidents or one', () => {
    expect(findDuplicates([])).toEqual([]);
    expect(findDuplicates([byId('shot-en')])).toEqual([]);
  });
});
