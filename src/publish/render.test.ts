import { describe, expect, it } from 'vitest';
import { csvCell } from './csv.js';
import type { Publication } from './publication.model.js';
import { ACLED_COLUMNS, renderAcledCsv } from './render-acled.js';
import { renderIncidentsCsv } from './render-csv.js';
import { renderGeoJson } from './render-geojson.js';
import { renderReport } from './render-report.js';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function publication(): Publication {
  const citation = {
    source: 1,
    quote: `He said "stop" & ${HOSTILE}`,
    page: 2,
    footnoteNumber: 1,
    footnoteUrl: 'javascript:alert(3)',
    credibility: 2,
  };
  return {
    format: 'dalil-publication',
    version: 1,
    edition: { kind: 'public' },
    redaction: 'Public edition.',
    generatedAt: '2026-11-28T12:00:00.000Z',
    case: { id: 'c', slug: 'test', title: `Case ${HOSTILE}`, description: 'd' },
    incidents: [
      {
        id: '0123456789abcdef',
        title: '=HYPERLINK("https://evil.example","click")',
        description: `Night raid ${HOSTILE}`,
        dateStart: '2020-10-05',
        dateEnd: '2020-10-06',
        datePrecision: 'night',
        timeOfDay: 'night',
        place: { id: 'p', name: 'Bishkek', country: 'KG', admin1: '01' },
        placeDetail: null,
        latitude: 42.87,
        longitude: 74.59,
        geoPrecision: 'city',
        eventType: 'attack_on_journalist',
        status: 'reviewed',
        confidentiality: 'public',
        killed: null,
        injured: 2,
        updatedAt: '2026-11-28T10:00:00.000Z',
        acts: [
          {
            actType: 'shooting',
            perpetrator: 'Police special forces',
            perpetratorKind: 'police',
            victim: 'Journalist A',
            victimRole: 'journalist',
            victimCount: 1,
            methods: ['kinetic_impact_projectile'],
            killed: null,
            injured: 1,
            findings: [
              {
                rule: 'LLW-7.5',
                instrument: 'LLW',
                paragraphs: ['LLW 7.5'],
                finding: 'violation',
                reviewed: false,
                explanation: 'Fired directly at a person.',
              },
            ],
            citations: [citation],
          },
        ],
        citations: [citation],
      },
    ],
    figures: [],
    sources: [
      {
        n: 1,
        title: `Report ${HOSTILE}`,
        publisher: 'CPJ',
        reliability: 'B',
        publishedOn: '2020-10-06',
        url: 'https://cpj.org/a?b="c"&d=<e>',
      },
    ],
  };
}

describe('CSV', () => {
  it('quotes what needs quoting and disarms spreadsheet formulas, but not negative numbers', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-74.5)).toBe('-74.5');
    expect(csvCell(null)).toBe('');
    const csv = renderIncidentsCsv(publication());
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(csv.split('\r\n')[0]).toMatch(/^incident_id,date_start,date_end,/);
  });

  it('ACLED: every ACLED column, our type kept as a tag, the victim as a group', () => {
    const [header, row] = renderAcledCsv(publication()).split('\r\n');
    expect(header).toBe(ACLED_COLUMNS.join(','));
    expect(row).toMatch(
      /^KGZ01234567,2020-10-05,2020,1,Political violence,Violence against civilians,Attack,/,
    );
    expect(row).toContain(
      ',Police special forces,,State forces,Civilians (Kyrgyzstan),Journalists (Kyrgyzstan),Civilians,State forces-Civilians,Civilian targeting,417,Caucasus and Central Asia,Kyrgyzstan,,,,Bishkek,42.87,74.59,1,CPJ,,',
    );
    expect(row).toContain(
      'dalil_event_type=attack_on_journalist; methods=kinetic_impact_projectile; injured=2',
    );
    expect(row).not.toContain('Journalist A');
  });
});

describe('GeoJSON', () => {
  it('one Point feature per incident, longitude first', () => {
    const geo = JSON.parse(renderGeoJson(publication())) as {
      features: { geometry: { type: string; coordinates: number[] }; properties: { victims: string[] } }[];
    };
    expect(geo.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [74.59, 42.87] });
    expect(geo.features[0]!.properties.victims).toEqual(['Journalist A']);
  });
});

describe('HTML report', () => {
  it('escapes every text and links only http(s) addresses', () => {
    const html = renderReport(publication());
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase()));
    expect([...tags].sort()).toEqual(
      [
        'a',
        'blockquote',
        'body',
        'div',
        'h1',
        'h2',
        'h3',
        'head',
        'header',
        'html',
        'li',
        'main',
        'meta',
        'ol',
        'p',
        'section',
        'strong',
        'style',
        'sup',
        'title',
        'ul',
      ].sort(),
    );
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/href="(?!https?:|#)/);
    expect(html).toContain('href="https://cpj.org/a?b=&quot;c&quot;&amp;d=&lt;e&gt;"');
    expect(html).toContain('javascript:alert(3)'); // shown as text, never as a link
    expect(html).not.toContain('href="javascript');
  });

  it('puts the facts in reading order with one note per quoted source', () => {
    const html = renderReport(publication());
    expect(html).toContain('2020-10-05 – 2020-10-06 (night), night');
    expect(html).toContain(
      'Police special forces → Journalist A: shooting, kinetic impact projectile (1 injured)',
    );
    expect(html).toContain('<strong>LLW 7.5</strong>: violation. Fired directly at a person.');
    // The incident and its act quote the same sentence: one note, referenced twice.
    expect(html.match(/<li id="note-/g)).toHaveLength(1);
    expect(html.match(/href="#note-1"/g)).toHaveLength(2);
  });
});
