/**
 * Scores `extract` against every hand-coded truth file in ../shared/corpus (beside the repository): incident
 * precision/recall/F1, then per field over the matched incidents, then figures, footnotes and actors.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/extract.js';
import { addCounts, type Counts, prf, prfTable, type Prf } from './prf.js';
import { scoreExtraction, type TruthFile } from './score-extraction.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default async function run(): Promise<void> {
  const corpus = path.resolve(repoRoot, '../shared/corpus');
  const truths = (await readdir(corpus)).filter((f) => f.endsWith('.truth.json')).sort();
  const totals = new Map<string, Counts>();
  const add = (k: string, p: Prf) => totals.set(k, addCounts(totals.get(k) ?? { tp: 0, fp: 0, fn: 0 }, p));
  for (const file of truths) {
    const truth = JSON.parse(await readFile(path.join(corpus, file), 'utf8')) as TruthFile & {
      document: string;
    };
    const text = await readFile(path.join(corpus, truth.document), 'utf8');
    const started = performance.now();
    const extraction = extract(text, { fileName: truth.document });
    const ms = performance.now() - started;
    const score = scoreExtraction(extraction, truth);
    console.log(
      `\n${truth.document} (${ms.toFixed(0)} ms, ${extraction.incidents.length} incidents proposed)`,
    );
    const rows: [string, Prf][] = [
      ['INCIDENTS', score.incidents],
      ...Object.entries(score.fields).map(([k, v]): [string, Prf] => [`  ${k}`, v]),
      ['figures', score.figures],
      ['figure footnote urls', score.figureFootnotes],
      ['footnotes', score.footnotes],
      ['actors', score.actors],
    ];
    console.log(prfTable(rows));
    for (const [k, v] of rows) add(k, v);
    for (const pair of score.pairs) if (!pair.predicted) console.log(`  missed: ${pair.truth.id}`);
    for (const u of score.unmatched)
      console.log(
        `  extra: ${u.event_type} ${u.date_start ?? '?'} "${u.quote.replace(/\s+/gu, ' ').slice(0, 70)}…"`,
      );
  }
  if (truths.length > 1) {
    console.log('\nALL DOCUMENTS');
    console.log(prfTable([...totals.entries()].map(([k, c]) => [k, prf(c)])));
  }
}
