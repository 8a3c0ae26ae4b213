import { describe, expect, it } from 'vitest';
import { groupIndependent, namesSource, normaliseUrl } from './independence.js';
import { citation } from './test-factories.js';

const RSF_TEXT =
  'Reporters Without Borders condemns the shooting of Current Time reporter Aibol Kozhomuratov, hit by a rubber bullet fired by special forces in Bishkek on 5 October, and calls for an investigation.';

describe('normaliseUrl', () => {
  it('ignores scheme, www, trailing slash, fragments and tracking parameters', () => {
    expect(normaliseUrl('https://www.cpj.org/2020/10/kyrgyzstan/?utm_source=tw&utm_medium=x#top')).toBe(
      normaliseUrl('http://cpj.org/2020/10/kyrgyzstan'),
    );
    expect(normaliseUrl('cpj.org/a?id=2')).not.toBe(normaliseUrl('cpj.org/a?id=3'));
  });
});

describe('namesSource', () => {
  it('recognises a source by name, acronym or part', () => {
    expect(namesSource('RSF', 'Reporters sans frontières (RSF)')).toBe(true);
    expect(namesSource('the Committee to Protect Journalists', 'Committee to Protect Journalists')).toBe(
      true,
    );
    expect(namesSource('CPJ', 'Committee to Protect Journalists')).toBe(true);
    expect(namesSource('Amnesty', 'Committee to Protect Journalists')).toBe(false);
  });
});

describe('groupIndependent', () => {
  it('counts a republication, an attribution, a shared URL and a marked derivation once each', () => {
    const groups = groupIndependent([
      citation('rsf', {
        sourceName: 'Reporters sans frontières (RSF)',
        reliability: 'B',
        text: RSF_TEXT,
        publishedAt: '2020-10-06',
      }),
      citation('repost', { sourceName: 'News site', text: `${RSF_TEXT} `, publishedAt: '2020-10-07' }),
      citation('quote', {
        sourceName: 'Another site',
        attributedTo: 'RSF',
        text: 'RSF said a reporter was shot.',
      }),
      citation('cpj', { sourceName: 'CPJ', url: 'https://cpj.org/2020/10/kg/', reliability: 'B' }),
      citation('cpj-mirror', { sourceName: 'Mirror', url: 'http://www.cpj.org/2020/10/kg?utm_source=x' }),
      citation('video', { sourceName: 'Kloop video', reliability: 'C' }),
      citation('blog', { sourceName: 'A blog', derivedFromCitationId: 'video' }),
    ]);
    expect(groups).toHaveLength(3);
    const origins = groups.map((g) => g.origin.id).sort();
    expect(origins).toEqual(['cpj', 'rsf', 'video']);
    const rsf = groups.find((g) => g.origin.id === 'rsf')!;
    expect(rsf.members.map((m) => m.id).sort()).toEqual(['quote', 'repost', 'rsf']);
    expect(rsf.reasons.join(' ')).toMatch(/republishes/);
    expect(rsf.reasons.join(' ')).toMatch(/attributes to/);
  });

  it('recognises a statement republished inside a longer article', () => {
    const article = `Local news. Protests continued in several cities on Tuesday and the capital stayed tense. ${RSF_TEXT} The ministry did not respond to our request for comment by publication time.`;
    const groups = groupIndependent([
      citation('rsf', { sourceName: 'RSF', text: RSF_TEXT }),
      citation('article', { sourceName: 'Local news', text: article }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.reasons.join(' ')).toMatch(/contains/);
  });

  it('keeps citations with different texts, URLs and sources apart', () => {
    const groups = groupIndependent([
      citation('a', { text: 'Police fired water cannon on the square.' }),
      citation('b', { text: 'A reporter had his phone taken during a live broadcast.' }),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('puts two documents of one source together and two repeats of an uncited source together', () => {
    const groups = groupIndependent([
      citation('a1', { sourceId: 'amnesty', sourceName: 'Amnesty International' }),
      citation('a2', { sourceId: 'amnesty', sourceName: 'Amnesty International' }),
      citation('x', { attributedTo: 'Ministry of Health' }),
      citation('y', { attributedTo: 'ministry of health' }),
    ]);
    expect(groups.map((g) => g.members.length).sort()).toEqual([2, 2]);
  });

  it('picks the earliest, then the most reliable, as origin', () => {
    const [group] = groupIndependent([
      citation('late', { url: 'https://x.kg/a', publishedAt: '2020-10-08', reliability: 'A' }),
      citation('early', { url: 'https://x.kg/a/', publishedAt: '2020-10-06', reliability: 'D' }),
    ]);
    expect(group!.origin.id).toBe('early');
  });
});
