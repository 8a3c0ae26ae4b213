import { describe, expect, it } from 'vitest';
import { PLACE_ALIASES } from './aliases.js';
import {
  capitalOf,
  findPlace,
  findPlaces,
  normalizePlaceName,
  placeById,
  searchPlaces,
} from './gazetteer.js';
import { russianBaseForms } from './gazetteer-normalize.js';

describe('normalizePlaceName', () => {
  it('folds case, diacritics, ё and punctuation', () => {
    expect(normalizePlaceName('Алма-Ата')).toBe('алма ата');
    expect(normalizePlaceName('Sumqayıt')).toBe(normalizePlaceName('SUMQAYIT'));
    expect(normalizePlaceName('Могилёв')).toBe(normalizePlaceName('Могилев'));
    expect(normalizePlaceName('P’ot’i')).toBe('poti');
  });
});

describe('findPlace', () => {
  it('finds Latin, Cyrillic and misspelt names of the same city', () => {
    const latin = findPlace('Bishkek');
    expect(latin?.country).toBe('KG');
    expect(findPlace('Бишкек')?.id).toBe(latin?.id);
    expect(findPlace('bishkeck')?.id).toBe(latin?.id);
    expect(latin?.latitude).toBeCloseTo(42.87, 1);
    expect(latin?.longitude).toBeCloseTo(74.59, 1);
  });

  it('prefers the most populous match, unless a country is asked for', () => {
    expect(findPlace('Talas', { country: 'KG' })?.country).toBe('KG');
    expect(findPlace('Almaty')?.id).toBe(findPlace('Алма-Ата')?.id);
    expect(findPlace('Moscow')?.country).toBe('RU');
    expect(findPlaces('Brest').length).toBeGreaterThan(1);
    expect(findPlace('Brest', { country: 'BY' })?.country).toBe('BY');
  });

  it('returns null for unknown names', () => {
    expect(findPlace('Qwertyville')).toBeNull();
  });

  it('resolves every alias entry to a record', () => {
    for (const alias of PLACE_ALIASES) {
      for (const v of alias.variants)
        expect(findPlace(v, { country: alias.country })?.country, v).toBe(alias.country);
    }
  });
});

describe('searchPlaces, placeById, capitalOf', () => {
  it('searches by prefix with exact matches first', () => {
    const hits = searchPlaces('tbil', 5);
    expect(hits[0]?.name).toBe('Tbilisi');
  });
  it('round-trips ids', () => {
    const p = findPlace('Минск');
    expect(p && placeById(p.id)?.name).toBe('Minsk');
    expect(placeById('nope')).toBeNull();
  });
  it('knows capitals', () => {
    expect(capitalOf('KG')?.name).toBe('Bishkek');
    expect(capitalOf('by')?.name).toBe('Minsk');
  });
});

describe('russianBaseForms', () => {
  it('offers nominative candidates for locative forms', () => {
    expect(russianBaseForms('Бишкеке')).toContain('Бишкек');
    expect(russianBaseForms('Москве')).toContain('Москва');
    expect(russianBaseForms('Казани')).toContain('Казань');
  });
});
