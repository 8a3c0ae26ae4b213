import { describe, expect, it } from 'vitest';
import { corroborateFacts, corroborationLevel } from './corroboration.js';
import { citation } from './test-factories.js';
import type { FactClaim } from './types.js';

const amnesty = citation('amnesty', { sourceName: 'Amnesty International', reliability: 'B' });
const cpj = citation('cpj', { sourceName: 'CPJ', reliability: 'B' });
const kloop = citation('kloop', { sourceName: 'video by Kloop', reliability: 'C' });
const repost = citation('repost', { sourceName: 'Aggregator', attributedTo: 'CPJ' });

describe('corroborationLevel', () => {
  it('goes from unsourced to well corroborated as independent origins are added', () => {
    expect(corroborationLevel([]).level).toBe('unsourced');
    expect(corroborationLevel([amnesty]).level).toBe('single_source');
    expect(corroborationLevel([amnesty, cpj])).toMatchObject({
      level: 'corroborated',
      independentSources: 2,
    });
    const three = corroborationLevel([amnesty, cpj, kloop]);
    expect(three.level).toBe('well_corroborated');
    expect(three.reasoning).toContain(
      '3 independent sources: Amnesty International (B), CPJ (B), video by Kloop (C)',
    );
  });

  it('does not count a repeat as an independent source', () => {
    const result = corroborationLevel([cpj, repost]);
    expect(result).toMatchObject({ level: 'single_source', independentSources: 1 });
    expect(result.reasoning).toMatch(/repeated by Aggregator/);
  });

  it('needs a reliable source for well corroborated', () => {
    const weak = ['x', 'y', 'z'].map((id) => citation(id, { reliability: 'D' }));
    expect(corroborationLevel(weak).level).toBe('corroborated');
  });

  it('marks a date that independent sources disagree on as disputed and names the conflict', () => {
    const claims: FactClaim[] = [
      { fact: 'date', value: '5 October', citationId: 'amnesty' },
      { fact: 'date', value: '5 October', citationId: 'kloop' },
      { fact: 'date', value: '4 October', citationId: 'cpj' },
    ];
    const result = corroborationLevel([amnesty, cpj, kloop], claims);
    expect(result.level).toBe('disputed');
    expect(result.reasoning).toContain(
      'date disputed: 5 October (Amnesty International, video by Kloop) vs 4 October (CPJ)',
    );
  });
});

describe('corroborateFacts', () => {
  it('counts each fact by independent origins, names in any script as one value', () => {
    const claims: FactClaim[] = [
      { fact: 'victim', value: 'Aibol Kozhomuratov', citationId: 'amnesty' },
      { fact: 'victim', value: 'Айбол Кожомуратов', citationId: 'kloop' },
      { fact: 'victim', value: 'A. Kozhomuratov', citationId: 'repost' },
      { fact: 'method', value: 'rubber bullet', citationId: 'cpj' },
      { fact: 'method', value: 'tear gas', citationId: 'amnesty' },
    ];
    const facts = corroborateFacts(claims, [amnesty, cpj, kloop, repost]);
    const victim = facts.find((f) => f.fact === 'victim')!;
    expect(victim.values).toHaveLength(1);
    // The repost counts for CPJ, its origin: three independent sources.
    expect(victim).toMatchObject({ level: 'well_corroborated', independentSources: 3 });
    const method = facts.find((f) => f.fact === 'method')!;
    // Two methods are not a dispute: an incident can have several.
    expect(method.level).toBe('single_source');
    expect(method.values.map((v) => v.value).sort()).toEqual(['rubber bullet', 'tear gas']);
  });
});
