import { describe, expect, it } from 'vitest';
import type { Extraction, ExtractedIncident } from '../../src/extract/types.js';
import { prf } from './prf.js';
import { quoteOverlap, sameFamily, scoreExtraction, type TruthFile } from './score-extraction.js';

function incident(over: Partial<ExtractedIncident>): ExtractedIncident {
  return {
    date_start: null,
    date_end: null,
    date_precision: 'unknown',
    time_of_day: null,
    city: null,
    cities: [],
    place_id: null,
    country: null,
    latitude: null,
    longitude: null,
    event_type: 'other',
    perpetrator: null,
    victims: [],
    methods: [],
    killed: null,
    injured: null,
    quote: '',
    span: [0, 0],
    supporting: [],
    citations: [],
    facts: {},
    reported_by: null,
    ...over,
  };
}

function extraction(incidents: ExtractedIncident[], over: Partial<Extraction> = {}): Extraction {
  return {
    document: {
      language: 'en',
      published: null,
      reference_year: 2022,
      reference_year_source: 'text',
      title: null,
      country: null,
      file_name: null,
    },
    incidents,
    figures: [],
    footnotes: [],
    actors: [],
    warnings: [],
    ...over,
  };
}

const truth: TruthFile = {
  incidents: [
    {
      id: 'a',
      date_start: '2022-03-02',
      date_end: '2022-03-02',
      city: 'Tbilisi',
      event_type: 'attack_on_journalist',
      perpetrator: { label: 'police', kind: 'police' },
      victims: [
        { name: 'Tomas Verlaine', label: 'a reporter', role: 'journalist', affiliation: 'Radio Meridian' },
      ],
      methods: ['baton', 'physical_assault'],
      killed: null,
      injured: 1,
      evidence_quote: 'On 2 March police beat Tomas Verlaine, a reporter for Radio Meridian, with batons.',
    },
    {
      id: 'b',
      date_start: '2022-03-03',
      date_end: '2022-03-05',
      event_type: 'peaceful_protest',
      evidence_quote: 'Thousands marched peacefully through the capital.',
      city: null,
      city_note: 'no city is acceptable',
    },
  ],
  statistics: [{ what: 'injured', value: 14, date: '2022-03-02', footnote: 1 }],
  footnotes: [{ n: 1, url: 'https://example.org/x' }],
  actors: ['Radio Meridian', 'Tomas Verlaine'],
};

describe('helpers', () => {
  it('groups event types into families and measures quote overlap', () => {
    expect(sameFamily('attack_on_journalist', 'obstruction_of_journalist')).toBe(true);
    expect(sameFamily('peaceful_protest', 'arrests')).toBe(false);
    expect(quoteOverlap('police beat him', 'On 2 March police beat him badly')).toBe(1);
    expect(quoteOverlap('nothing alike', 'completely different words')).toBe(0);
    expect(prf({ tp: 1, fp: 1, fn: 0 }).f1).toBeCloseTo(2 / 3);
  });
});

describe('scoreExtraction', () => {
  it('matches incidents one to one and scores fields', () => {
    const good = incident({
      date_start: '2022-03-02',
      date_end: '2022-03-02',
      city: 'Tbilisi',
      event_type: 'attack_on_journalist',
      perpetrator: { label: 'police', kind: 'police' },
      victims: [
        {
          name: 'Tomas Verlaine',
          label: 'a reporter for Radio Meridian',
          role: 'journalist',
          affiliation: 'Radio Meridian',
        },
      ],
      methods: ['baton'],
      injured: null,
      quote: 'On 2 March police beat Tomas Verlaine, a reporter for Radio Meridian, with batons.',
    });
    const wrongDate = incident({
      date_start: '2022-03-09',
      date_end: '2022-03-09',
      event_type: 'peaceful_protest',
      quote: 'Thousands marched\npeacefully through the capital.',
    });
    const stray = incident({
      date_start: '2022-04-01',
      event_type: 'arrests',
      quote: 'Something else happened elsewhere.',
    });
    const s = scoreExtraction(
      extraction([good, wrongDate, stray], {
        figures: [
          {
            what: 'people injured',
            measure: 'injured',
            value: 14,
            qualifier: 'at_least',
            date: '2022-03-02',
            place: null,
            reported_by: null,
            quote: '',
            span: [0, 0],
            footnote: 1,
            url: 'https://example.org/x',
          },
        ],
        footnotes: [{ n: 1, url: 'https://example.org/x' }],
        actors: [{ name: 'Radio Meridian', kind: 'media_outlet', quote: '', span: [0, 0] }],
      }),
      truth,
    );
    expect([s.incidents.tp, s.incidents.fp, s.incidents.fn]).toEqual([2, 1, 0]);
    expect(s.unmatched).toEqual([stray]);
    expect(s.fields.date).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.fields.city).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(s.fields.methods).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(s.fields.victim_affiliations).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.fields.injured).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(s.figures).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.figureFootnotes).toMatchObject({ tp: 1 });
    expect(s.actors).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('scores an empty extraction as all missed', () => {
    const s = scoreExtraction(extraction([]), truth);
    expect([s.incidents.tp, s.incidents.fn, s.incidents.recall]).toEqual([0, 2, 0]);
  });
});
