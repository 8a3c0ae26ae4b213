/**
 * Duplicate detection, scored two ways:
 * (1) a labelled set written for this purpose (scripts/eval/duplicates-labelled-set.ts): 42 records of 20
 *     incidents in English and Russian, with hard negatives; precision, recall and F1 of findDuplicates.
 *     (1b) the same on a smaller held-out set written after the thresholds were fixed.
 * (2) the 1,340 real 2020PB incidents imported twice (the copy reworded, shortened and partly stripped, see
 *     duplicates-2020pb.ts): every original must find its copy. Pairs between two originals may be real
 *     duplicates in the source data: they are listed, never counted as errors; a pair between an original and
 *     another incident's copy is an error, unless the two originals are themselves paired ("mirrored").
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDuplicates, type Candidate } from '../../src/corroborate/index.js';
import { load2020pb, perturbedCopy } from './duplicates-2020pb.js';
import { HELDOUT_SET } from './duplicates-heldout-set.js';
import { LABELLED_SET, type LabelledIncident } from './duplicates-labelled-set.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function prf(tp: number, fp: number, fn: number) {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function evaluateLabelled(title: string, set: readonly LabelledIncident[]): void {
  const truth = new Set<string>();
  set.forEach((a, i) =>
    set.slice(i + 1).forEach((b) => a.cluster === b.cluster && truth.add(key(a.id, b.id))),
  );
  const clusters = new Set(set.map((x) => x.cluster)).size;
  console.log(`${title}: ${set.length} records, ${clusters} incidents, ${truth.size} true pairs`);
  console.log('threshold  precision  recall  F1     found');
  let atDefault: Candidate[] = [];
  for (const threshold of [0.4, 0.5, 0.6, 0.7]) {
    const found = findDuplicates(set, { threshold });
    if (threshold === 0.5) atDefault = found;
    const tp = found.filter((c) => truth.has(key(c.aId, c.bId))).length;
    const r = prf(tp, found.length - tp, truth.size - tp);
    console.log(
      `${threshold.toFixed(2).padEnd(10)} ${pct(r.precision).padEnd(10)} ${pct(r.recall).padEnd(7)} ${r.f1.toFixed(3)}  ${found.length}`,
    );
  }
  const foundKeys = new Set(atDefault.map((c) => key(c.aId, c.bId)));
  const missed = [...truth].filter((k) => !foundKeys.has(k));
  const wrong = atDefault.filter((c) => !truth.has(key(c.aId, c.bId)));
  console.log(`at 0.5, missed: ${missed.join(', ') || 'none'}`);
  console.log(`at 0.5, wrong: ${wrong.map((c) => `${c.aId}|${c.bId} (${c.score})`).join(', ') || 'none'}`);
}

async function evaluate2020pb(): Promise<void> {
  const originals = await load2020pb(repoRoot);
  const copies = originals.map((x, i) => perturbedCopy(x, i));
  const originalOf = new Map(copies.map((c, i) => [c.id, originals[i]!.id]));
  const all = [...originals, ...copies];
  const started = performance.now();
  const found = findDuplicates(all, { threshold: 0.5 });
  const ms = performance.now() - started;

  const base = (id: string) => originalOf.get(id) ?? id;
  const originalPairs = new Set(
    found.filter((c) => !originalOf.has(c.aId) && !originalOf.has(c.bId)).map((c) => key(c.aId, c.bId)),
  );
  let tp = 0;
  let wrong = 0;
  let mirrored = 0;
  for (const c of found) {
    const [a, b] = [base(c.aId), base(c.bId)];
    if (a === b) tp++;
    else if (originalOf.has(c.aId) || originalOf.has(c.bId)) {
      if (originalPairs.has(key(a, b))) mirrored++;
      else wrong++;
    }
  }
  const strict = prf(tp, wrong + mirrored, originals.length - tp);
  const adjusted = prf(tp, wrong, originals.length - tp);
  console.log(
    `\n(2) 2020PB: ${originals.length} originals + ${copies.length} perturbed copies = ${all.length}`,
  );
  console.log(`findDuplicates (threshold 0.5): ${Math.round(ms)} ms, ${found.length} pairs`);
  console.log(`copies found: ${tp}/${originals.length}  recall ${pct(strict.recall)}`);
  console.log(
    `precision strict ${pct(strict.precision)} (wrong ${wrong + mirrored}), adjusted ${pct(adjusted.precision)} (${mirrored} mirror an original pair)`,
  );
  console.log(
    `original–original pairs (possible real duplicates in the source, not scored): ${originalPairs.size}`,
  );
  for (const c of found.filter((x) => originalPairs.has(key(x.aId, x.bId))).slice(0, 5)) {
    console.log(`  ${c.score}  ${c.aId} ~ ${c.bId}: ${c.reasons.map((r) => r.text).join('; ')}`);
  }
}

export default async function run(): Promise<void> {
  evaluateLabelled('(1) labelled set', LABELLED_SET);
  evaluateLabelled('\n(1b) held-out set, not used for tuning', HELDOUT_SET);
  await evaluate2020pb();
}
