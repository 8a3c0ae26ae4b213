/**
 * Which citations are independent of each other. Citations that repeat one origin count once: the same URL,
 * the same source, a user-marked derivation, an explicit "according to X", or near-identical text
 * (a republication).
 */
import { nameSimilarity } from './name-similarity.js';
import { textTerms, termSimilarity } from './text-similarity.js';
import { foldText } from './transliterate.js';
import type { Citation, OriginGroup, Reliability } from './types.js';

/** Texts at least this similar are taken as one text republished. */
export const REPUBLICATION_SIMILARITY = 0.8;

/** A text at least this long (in terms) found almost whole inside another is a republication with additions. */
const MIN_CONTAINED_TERMS = 15;
const CONTAINMENT = 0.9;

/** Whether the shorter text's terms are (nearly) all in the longer one: a statement quoted whole in an article. */
function contains(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_CONTAINED_TERMS) return false;
  let common = 0;
  for (const t of small) if (large.has(t)) common++;
  return common / small.size >= CONTAINMENT;
}

/** A URL without scheme, `www.`, trailing slash, fragment or tracking parameters; lower-case host. */
export function normaliseUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return trimmed
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/+$/, '');
  }
  const params = [...parsed.searchParams.entries()]
    .filter(([k]) => !/^(utm_|fbclid$|gclid$|ref$|ref_src$|igshid$)/i.test(k))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const host = parsed.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  const pathname = parsed.pathname.replace(/\/+$/, '');
  return `${host}${pathname}${query}`;
}

/** "Reporters Without Borders" → "rwb"; used to match an attribution written as an acronym. */
const acronym = (name: string): string =>
  foldText(name)
    .split(' ')
    .filter((w) => w.length > 2 || /^\d/.test(w))
    .map((w) => w[0])
    .join('');

/** Whether an attribution ("according to RSF") names this source. */
export function namesSource(attribution: string, sourceName: string): boolean {
  const a = foldText(attribution);
  const s = foldText(sourceName);
  if (!a || !s) return false;
  if (a === s || s.includes(a) || a.includes(s)) return true;
  const compactA = a.replace(/ /g, '');
  if (compactA.length >= 2 && (compactA === acronym(sourceName) || s.split(' ').includes(compactA)))
    return true;
  return nameSimilarity(attribution, sourceName) >= 0.85;
}

const RELIABILITY_ORDER: Record<Reliability, number> = { A: 0, B: 1, C: 2, D: 3, E: 4, F: 5 };

/** Orders candidate origins: not derived first, then earliest, then most reliable and credible. */
function originOrder(a: Citation, b: Citation): number {
  const derived = (c: Citation) => (c.derivedFromCitationId || c.attributedTo ? 1 : 0);
  return (
    derived(a) - derived(b) ||
    (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999') ||
    RELIABILITY_ORDER[a.reliability] - RELIABILITY_ORDER[b.reliability] ||
    a.credibility - b.credibility ||
    a.id.localeCompare(b.id)
  );
}

/** Groups citations by origin; each group counts once. Groups are returned in the order of their origins. */
export function groupIndependent(
  citations: readonly Citation[],
  options: { republicationSimilarity?: number } = {},
): OriginGroup[] {
  const threshold = options.republicationSimilarity ?? REPUBLICATION_SIMILARITY;
  const parent = citations.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const why = new Map<number, string[]>();
  const union = (i: number, j: number, reason: string): void => {
    const [ri, rj] = [find(i), find(j)];
    const merged = [...(why.get(ri) ?? []), ...(why.get(rj) ?? []), ...(ri === rj ? [] : [reason])];
    parent[rj] = ri;
    why.set(ri, merged);
  };
  const index = new Map(citations.map((c, i) => [c.id, i]));
  const terms = citations.map((c) => (c.text ? textTerms(c.text) : undefined));

  // Anything keyed the same way shares an origin: URL, source, or an attribution to a source not cited here.
  const byKey = new Map<string, number>();
  const link = (key: string, i: number, reason: string) => {
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else union(first, i, reason);
  };
  citations.forEach((c, i) => {
    if (c.url) link(`url:${normaliseUrl(c.url)}`, i, `${c.id}: same URL as another citation`);
    link(`source:${c.sourceId}`, i, `${c.id}: same source ${c.sourceName}`);
  });
  citations.forEach((c, i) => {
    if (c.derivedFromCitationId !== undefined) {
      const j = index.get(c.derivedFromCitationId);
      if (j !== undefined) union(j, i, `${c.id} marked as derived from ${c.derivedFromCitationId}`);
    }
    if (c.attributedTo) {
      const j = citations.findIndex((o, k) => k !== i && namesSource(c.attributedTo!, o.sourceName));
      if (j >= 0) union(j, i, `${c.id} attributes to ${citations[j]!.sourceName}`);
      else link(`attributed:${foldText(c.attributedTo)}`, i, `${c.id} repeats ${c.attributedTo} (not cited)`);
    }
    for (let j = 0; j < i; j++) {
      const [ti, tj] = [terms[i], terms[j]];
      if (!ti || !tj) continue;
      const s = termSimilarity(ti, tj);
      if (s >= threshold)
        union(j, i, `${c.id} republishes the text of ${citations[j]!.id} (${s.toFixed(2)})`);
      else if (contains(ti, tj)) union(j, i, `${c.id} and ${citations[j]!.id}: one text contains the other`);
    }
  });

  const groups = new Map<number, Citation[]>();
  citations.forEach((c, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), c]);
  });
  return [...groups.entries()]
    .map(([root, members]) => ({
      origin: [...members].sort(originOrder)[0]!,
      members,
      reasons: why.get(root) ?? [],
    }))
    .sort((a, b) => originOrder(a.origin, b.origin));
}
