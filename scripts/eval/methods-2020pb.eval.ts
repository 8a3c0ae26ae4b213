/**
 * Method and victim-role detection of the extraction engine, measured on the `description` of every 2020PB
 * incident against its human tags (mapped onto our vocabulary by tags-2020pb.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { methodsIn } from '../../src/extract/methods.js';
import { detectRoles } from '../../src/extract/roles.js';
import type { Method, VictimRole } from '../../src/vocabulary/vocabulary.js';
import { addCounts, compareSets, type Counts, prf, prfTable } from './prf.js';
import { METHOD_FOLD, SCORED_METHODS, SCORED_ROLES, TAG_TO_METHOD, TAG_TO_ROLE } from './tags-2020pb.js';

interface Item {
  id: string;
  description: string;
  tags: string[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Our methods of a description, folded and restricted to those the tags can express. */
export function predictedMethods(description: string): Method[] {
  return methodsIn(description)
    .map((m) => METHOD_FOLD[m] ?? m)
    .filter((m) => SCORED_METHODS.has(m));
}

export function predictedRoles(description: string): VictimRole[] {
  return [...new Set(detectRoles(description).map((r) => r.role))].filter((r) => SCORED_ROLES.has(r));
}

function score<T extends string>(
  items: Item[],
  predict: (d: string) => T[],
  truthOf: (tags: string[]) => T[],
) {
  const per = new Map<T, Counts>();
  let micro: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const item of items) {
    const p = new Set(predict(item.description));
    const t = new Set(truthOf(item.tags));
    micro = addCounts(micro, compareSets(p, t));
    for (const label of new Set([...p, ...t])) {
      const c = per.get(label) ?? { tp: 0, fp: 0, fn: 0 };
      per.set(label, addCounts(c, compareSets(p.has(label) ? [label] : [], t.has(label) ? [label] : [])));
    }
  }
  const rows: [string, ReturnType<typeof prf>][] = [...per.entries()]
    .sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn))
    .map(([k, c]) => [k, prf(c)]);
  rows.push(['MICRO', prf(micro)]);
  return rows;
}

export default async function run(): Promise<void> {
  const file = path.resolve(repoRoot, '../shared/data/2020pb/all-locations-v2.json');
  const items = (JSON.parse(await readFile(file, 'utf8')) as { data: Item[] }).data;
  const truthMethods = (tags: string[]) => [
    ...new Set(tags.map((t) => TAG_TO_METHOD[t]).filter((m): m is Method => !!m)),
  ];
  const truthRoles = (tags: string[]) => [
    ...new Set(tags.map((t) => TAG_TO_ROLE[t]).filter((r): r is VictimRole => !!r)),
  ];
  console.log(`${items.length} incidents, methods:`);
  console.log(prfTable(score(items, predictedMethods, truthMethods)));
  console.log('\nvictim roles:');
  console.log(prfTable(score(items, predictedRoles, truthRoles)));
}
