import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';

const text = `Casualty update

On 2 March 2022, riot police dispersed a sit-in in Tbilisi with tear gas. At least 14 people were injured and two protesters died, according to the Public Defender Office.7 Officers also detained almost forty students over 3 days.

By 4 March the Union of Free Voices had recorded nine attacks on reporters. The number of detainees held overnight reached 120 on 5 March up from 35 people on 3 March.

7 https://example.org/2022/03/update
`;

describe('figures', () => {
  const e = extract(text);
  const byValue = (v: number) => e.figures.find((f) => f.value === v);

  it('reports counts with qualifier, measure, date, source and footnote', () => {
    expect(byValue(14)).toMatchObject({
      qualifier: 'at_least',
      measure: 'injured',
      date: '2022-03-02',
      reported_by: 'Public Defender Office',
      footnote: 7,
      url: 'https://example.org/2022/03/update',
    });
    expect(byValue(2)).toMatchObject({ measure: 'killed' });
    expect(byValue(40)).toMatchObject({ qualifier: 'almost', measure: 'detained' });
    expect(byValue(9)).toMatchObject({ date: '2022-03-04', reported_by: 'Union of Free Voices' });
    expect(byValue(120)?.date).toBe('2022-03-05');
    expect(byValue(35)?.date).toBe('2022-03-03');
  });

  it('keeps durations out', () => {
    expect(byValue(3)).toBeUndefined();
  });

  it('attaches casualty counts to the incident before them', () => {
    expect(e.incidents[0]).toMatchObject({
      event_type: 'excessive_force_against_protesters',
      city: 'Tbilisi',
      injured: 14,
      killed: 2,
    });
  });
});
