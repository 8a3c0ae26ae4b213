import { describe, expect, it } from 'vitest';
import { findNumbers } from './numbers.js';

const values = (s: string) => findNumbers(s).map((n) => [n.value, n.qualifier]);

describe('findNumbers', () => {
  it('reads digits and English words with qualifiers', () => {
    expect(values('At least 12 people were hurt and three were detained')).toEqual([
      [12, 'at_least'],
      [3, 'exact'],
    ]);
    expect(values('more than two hundred and fifty marchers')).toEqual([[250, 'more_than']]);
    expect(values('almost twenty-five officers, about 1,500 residents')).toEqual([
      [25, 'almost'],
      [1500, 'about'],
    ]);
    expect(values('dozens of students')).toEqual([[24, 'at_least']]);
  });

  it('does not read a dotted domain as a number', () => {
    expect(values('the site 11.tv reported')).toEqual([]);
  });

  it('reads Russian numbers and collectives', () => {
    expect(values('шестеро задержанных и двое раненых')).toEqual([
      [6, 'exact'],
      [2, 'exact'],
    ]);
    expect(values('около пятисот человек')).toEqual([[500, 'about']]);
    expect(values('более двух тысяч участников')).toEqual([[2000, 'more_than']]);
    expect(values('не менее 40 человек')).toEqual([[40, 'at_least']]);
    expect(values('двести пятьдесят три')).toEqual([[253, 'exact']]);
  });
});
