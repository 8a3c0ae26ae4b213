/**
 * How well an incident, or one fact of it, is corroborated: by how many independent origins, how reliable, and
 * whether independent origins disagree on a fact that can have only one value.
 */
import { groupIndependent } from './independence.js';
import { nameSimilarity } from './name-similarity.js';
import { foldText } from './transliterate.js';
import {
  FACT_KINDS,
  type Citation,
  type Corroboration,
  type CorroborationLevel,
  type FactClaim,
  type FactCorroboration,
  type FactKind,
  type FactValueSupport,
  type OriginGroup,
} from './types.js';

/** Facts that have one true value: two different values from independent origins are a dispute. */
const SINGLE_VALUED: ReadonlySet<FactKind> = new Set(['date', 'place', 'harm']);

/** Whether two claimed values of a fact say the same thing (names across scripts and spellings). */
function sameValue(fact: FactKind, a: string, b: string): boolean {
  switch (fact) {
    case 'victim':
    case 'perpetrator':
    case 'place':
      return foldText(a) === foldText(b) || nameSimilarity(a, b) >= 0.85;
    case 'date':
    case 'method':
    case 'harm':
      return foldText(a) === foldText(b);
  }
}

const isReliable = (g: OriginGroup) => g.origin.reliability === 'A' || g.origin.reliability === 'B';

/** "Amnesty International (B)", noting the citations that repeat it. */
function describeGroup(g: OriginGroup): string {
  const repeats = g.members.filter((m) => m.id !== g.origin.id).map((m) => m.sourceName);
  const others = [...new Set(repeats)].filter((n) => n !== g.origin.sourceName);
  const repeated = others.length ? `, repeated by ${others.join(', ')}` : '';
  return `${g.origin.sourceName} (${g.origin.reliability}${repeated})`;
}

function levelFor(groups: readonly OriginGroup[]): CorroborationLevel {
  if (groups.length === 0) return 'unsourced';
  if (groups.length === 1) return 'single_source';
  return groups.length >= 3 && groups.some(isReliable) ? 'well_corroborated' : 'corroborated';
}

const sourcesText = (groups: readonly OriginGroup[]): string =>
  groups.length === 0
    ? 'no sources'
    : `${groups.length} independent source${groups.length === 1 ? '' : 's'}: ${groups.map(describeGroup).join(', ')}`;

/** The origin groups whose members include one of `citationIds`. */
const groupsOf = (groups: readonly OriginGroup[], citationIds: readonly string[]): OriginGroup[] =>
  groups.filter((g) => g.members.some((m) => citationIds.includes(m.id)));

/** Per fact: the values claimed, who supports each (counted by independent origin), and the fact's level. */
export function corroborateFacts(
  claims: readonly FactClaim[],
  citations: readonly Citation[],
  groups: readonly OriginGroup[] = groupIndependent(citations),
): FactCorroboration[] {
  const out: FactCorroboration[] = [];
  for (const fact of FACT_KINDS) {
    const supports: { value: string; citationIds: string[] }[] = [];
    for (const claim of claims.filter((c) => c.fact === fact)) {
      const match = supports.find((s) => sameValue(fact, s.value, claim.value));
      if (match) match.citationIds = [...new Set([...match.citationIds, claim.citationId])];
      else supports.push({ value: claim.value, citationIds: [claim.citationId] });
    }
    if (supports.length === 0) continue;
    const values: (FactValueSupport & { groups: OriginGroup[] })[] = supports
      .map((s) => {
        const supporting = groupsOf(groups, s.citationIds);
        return {
          ...s,
          groups: supporting,
          sources: supporting.map((g) => g.origin.sourceName),
          independentSources: supporting.length,
        };
      })
      .sort((a, b) => b.independentSources - a.independentSources);
    const disputed = SINGLE_VALUED.has(fact) && values.length > 1;
    const best = values[0]!;
    const level = disputed ? 'disputed' : levelFor(best.groups);
    const reasoning = disputed
      ? `${fact} disputed: ${values.map((v) => `${v.value} (${v.sources.join(', ') || 'uncited'})`).join(' vs ')}`
      : `${fact} ${values.map((v) => v.value).join(', ')}: ${sourcesText(best.groups)}`;
    out.push({
      fact,
      level,
      independentSources: best.independentSources,
      reasoning,
      values: values.map(({ groups: _groups, ...v }) => v),
    });
  }
  return out;
}

/**
 * The corroboration of an incident from its citations: unsourced, single_source (one origin), corroborated
 * (≥ 2 independent), well_corroborated (≥ 3 independent, one of reliability A–B), or disputed (independent
 * origins give different values for a date, place or harm), with the reasoning in words.
 */
export function corroborationLevel(
  citations: readonly Citation[],
  claims: readonly FactClaim[] = [],
): Corroboration {
  const groups = groupIndependent(citations);
  const disputes = corroborateFacts(claims, citations, groups).filter((f) => f.level === 'disputed');
  const counted = groups.filter((g) => g.members.length > 1);
  const countedOnce = counted.length
    ? `; counted once: ${counted.map((g) => g.members.map((m) => m.sourceName).join(' = ')).join('; ')}`
    : '';
  const level = disputes.length > 0 ? 'disputed' : levelFor(groups);
  const reasoning = [sourcesText(groups) + countedOnce, ...disputes.map((d) => d.reasoning)].join('; ');
  return { level, independentSources: groups.length, reasoning };
}
