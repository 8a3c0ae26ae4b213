/**
 * `npm run bench -- duplicates`: time of findDuplicates on the 2020PB incidents imported twice (2,680) and on
 * 20,000 synthetic incidents (a year, 200 cities, a tenth of them told twice).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDuplicates, type IncidentLike } from '../src/corroborate/index.js';
import { load2020pb, perturbedCopy } from '../scripts/eval/duplicates-2020pb.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A small deterministic generator (mulberry32), so every run times the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'police protesters crowd tear gas rubber bullets journalist camera phone baton arrested detained square street ' +
  'bridge courthouse night officers fired pushed struck kicked van medic ambulance injured hospital video footage ' +
  'shows demonstrators march dispersal order kettled sprayed pepper balls grenade shield bicycle car windows'
).split(' ');
const SYLLABLES = 'ka ra mo na bek tur sul tan ai bol as an li ev ov da ni ar zha gul mir'.split(' ');

/** `n` synthetic incidents, about a tenth of them a reworded second account of another. */
export function syntheticIncidents(n: number, seed = 7): IncidentLike[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const name = () =>
    Array.from({ length: 2 }, () => {
      const w = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join('');
      return w[0]!.toUpperCase() + w.slice(1);
    }).join(' ');
  const cities = Array.from({ length: 200 }, (_, i) => ({
    city: `City ${i}`,
    lat: 30 + next() * 20,
    lon: -120 + next() * 50,
  }));
  const out: IncidentLike[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && next() < 0.1) {
      const original = pick(out);
      const words = (original.description ?? '').split(' ');
      out.push({ ...original, id: `s${i}`, description: words.filter((_, k) => k % 5 !== 2).join(' ') });
      continue;
    }
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    out.push({
      id: `s${i}`,
      date: { start: day, precision: next() < 0.1 ? 'night' : 'day' },
      place: pick(cities),
      eventType: pick(['excessive_force_against_protesters', 'arrests', 'attack_on_journalist'] as const),
      victims: next() < 0.3 ? [name()] : [],
      // Common words plus rarer made-up ones, so that unrelated texts overlap about as much as real ones do.
      description: [
        ...Array.from({ length: 8 }, () => pick(WORDS)),
        ...Array.from(
          { length: 10 + Math.floor(next() * 20) },
          () => pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES),
        ),
      ].join(' '),
    });
  }
  return out;
}

function time(label: string, incidents: IncidentLike[]): void {
  const started = performance.now();
  const found = findDuplicates(incidents, { threshold: 0.5 });
  const ms = performance.now() - started;
  console.log(
    `${label.padEnd(36)} ${String(incidents.length).padStart(6)} incidents  ${Math.round(ms)} ms  ${found.length} pairs`,
  );
}

export default async function run(): Promise<void> {
  const originals = await load2020pb(repoRoot);
  time('2020PB + perturbed copy', [...originals, ...originals.map((x, i) => perturbedCopy(x, i))]);
  time('synthetic (365 days, 200 cities)', syntheticIncidents(20_000));
}
