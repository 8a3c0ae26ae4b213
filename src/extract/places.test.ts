import { describe, expect, it } from 'vitest';
import { countriesIn } from './countries.js';
import { findPlacesIn } from './places.js';

describe('findPlacesIn', () => {
  it('takes curated names and cued populous names, not capitalised common words', () => {
    const names = (s: string, c: string | null = null) => findPlacesIn(s, c).map((p) => p.place.name);
    expect(names('Marchers walked from Karakol to the city of Tokmok.', 'KG')).toEqual(['Karakol', 'Tokmok']);
    expect(names('Police said Most people left; Reading the order took long.')).toEqual([]);
    expect(names('Crowds gathered in Lyon on Sunday.')).toEqual(['Lyon']);
  });

  it('reads inflected Russian names', () => {
    expect(
      findPlacesIn('Задержания прошли в Алматы, Караганде и Бишкеке.', null).map((p) => p.place.name),
    ).toEqual(['Almaty', 'Karagandy', 'Bishkek']);
  });
});

describe('countriesIn', () => {
  it('counts English and Russian country names', () => {
    expect(countriesIn('Georgia and Armenia; protests in Georgia; в Грузии').slice(0, 2)).toEqual([
      { code: 'GE', count: 3 },
      { code: 'AM', count: 1 },
    ]);
  });
});
