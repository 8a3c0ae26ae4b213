import { describe, expect, it } from 'vitest';
import { nameSimilarity } from './name-similarity.js';
import { foldText, normaliseName, transliterate } from './transliterate.js';

describe('transliterate', () => {
  it('romanises Russian and Kyrgyz letters and keeps capitals', () => {
    expect(transliterate('Бишкек')).toBe('Bishkek');
    expect(transliterate('Кожомуратов')).toBe('Kozhomuratov');
    expect(transliterate('Щукин, Юлия, Цой, Хабаров')).toBe('Shchukin, Yuliya, Tsoy, Khabarov');
    expect(transliterate('Өмүрбек Ногойбаев')).toBe('Omurbek Nogoybaev');
    expect(transliterate('Ңқғұһі')).toBe('Ngqghuhi');
    expect(transliterate('объезд, Соловьёв')).toBe('obezd, Solovev');
  });

  it('leaves Latin text alone', () => {
    expect(transliterate('Current Time, 24.kg')).toBe('Current Time, 24.kg');
  });

  it('folds case, diacritics and punctuation', () => {
    expect(foldText('  Жээнбеков — «Sooronbay», José! ')).toBe('zheenbekov sooronbay jose');
  });
});

describe('normaliseName', () => {
  it('gives the usual romanisations of one name the same form', () => {
    const forms = ['Айбол Кожомуратов', 'Aibol Kozhomuratov', 'Aybol Kojomuratov', 'AIBOL KOZHOMURATOV'];
    expect(new Set(forms.map(normaliseName)).size).toBe(1);
    expect(normaliseName('Харизов')).toBe(normaliseName('Harizov'));
    expect(normaliseName('Юлия')).toBe(normaliseName('Iuliia'));
  });
});

describe('nameSimilarity', () => {
  it('matches one person across scripts, spellings, order and initials', () => {
    expect(nameSimilarity('Aibol Kozhomuratov', 'Айбол Кожомуратов')).toBeGreaterThan(0.95);
    expect(nameSimilarity('Kojomuratov Aibol', 'Айбол Кожомуратов')).toBeGreaterThan(0.95);
    expect(nameSimilarity('A. Kozhomuratov', 'Aibol Kozhomuratov')).toBeGreaterThan(0.9);
    expect(nameSimilarity('Kozhomuratov', 'Aibol Kozhomuratov')).toBeGreaterThan(0.85);
    expect(nameSimilarity('Кожомуратов Айбол Бакытович', 'Aibol Kozhomuratov')).toBeGreaterThan(0.85);
  });

  it('keeps different people apart', () => {
    expect(nameSimilarity('Ruslan Kharizov', 'Aibol Kozhomuratov')).toBeLessThan(0.2);
    expect(nameSimilarity('Ivan Petrov', 'Ivan Sidorov')).toBeLessThan(0.7);
    expect(nameSimilarity('B. Kozhomuratov', 'Aibol Kozhomuratov')).toBeLessThan(0.6);
    // An initial matching the first letter of another surname is no match.
    expect(nameSimilarity('A. Kojomuratov', 'Asanaliyev')).toBeLessThan(0.5);
  });

  it('is symmetric, bounded and zero for empty names', () => {
    const pairs: [string, string][] = [
      ['Руслан Харизов', 'R. Kharizov'],
      ['Kloop', 'Клооп'],
    ];
    for (const [a, b] of pairs) {
      const s = nameSimilarity(a, b);
      expect(s).toBe(nameSimilarity(b, a));
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(nameSimilarity('', 'Kloop')).toBe(0);
  });
});
