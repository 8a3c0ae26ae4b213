/**
 * Ingest benchmark: a generated 50-page report PDF (running header, page-number footer, justified-looking
 * prose with hyphenated line ends) parsed by `parseDocument` (worker thread, as uploads are) and by
 * `parseDocumentInProcess`; median of a few runs.
 */
import { parseDocument } from '../src/ingest/parse-document.js';
import { parseDocumentInProcess } from '../src/ingest/parse-in-process.js';
import { makePdf } from '../src/ingest/test-documents.js';

const PAGES = 50;
const LINES_PER_PAGE = 46;
const LINE_CHARS = 88;
const RUNS = 5;

const subjects = [
  'The mission',
  'A former detainee',
  'The regional prosecutor',
  'Two witnesses',
  'The defence lawyer',
  'Relatives of the victims',
  'A medical examiner',
  'The monitoring group',
];
const verbs = [
  'reported that',
  'told investigators that',
  'confirmed in writing that',
  'stated during the hearing that',
  'could not verify whether',
  'documented how',
];
const clauses = [
  'officers detained protesters near the central square after the curfew began',
  'detainees were denied access to lawyers for the first forty-eight hours',
  'the transfer to the pre-trial detention centre took place at night without notice to families',
  'injuries recorded on arrival were not mentioned in the official protocol',
  'the court extended the custody period without hearing the defence',
  'several journalists had their equipment confiscated and were released without charge',
];

/** Deterministic prose: sentences assembled from the fragments above with a small linear congruential generator. */
function prose(sentences: number): string {
  let seed = 42;
  const pick = <T>(list: T[]) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return list[seed % list.length] as T;
  };
  return Array.from({ length: sentences }, () => `${pick(subjects)} ${pick(verbs)} ${pick(clauses)}.`).join(
    ' ',
  );
}

/** Wraps words into lines, splitting a long word with a hyphen at the line end now and then, as typesetters do. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if ((line + ' ' + word).trim().length <= LINE_CHARS) line = (line + ' ' + word).trim();
    else if (word.length >= 8 && line.length + 5 <= LINE_CHARS) {
      const cut = LINE_CHARS - line.length - 2;
      lines.push(`${line} ${word.slice(0, Math.max(3, cut))}-`);
      line = word.slice(Math.max(3, cut));
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export default async function ingestBench(): Promise<void> {
  const lines = wrap(prose(PAGES * 45)); // about 1.2 lines a sentence: enough to fill every page
  const pages = Array.from({ length: PAGES }, (_, i) =>
    lines.slice(i * LINES_PER_PAGE, (i + 1) * LINES_PER_PAGE),
  );
  const bytes = await makePdf({
    pages,
    header: 'Monitoring Mission — Report on Detentions',
    footer: 'Page {n} of 50',
  });
  const mb = bytes.byteLength / 1024 / 1024;

  const doc = await parseDocumentInProcess(bytes, 'bench.pdf'); // warm-up, and the numbers to print
  const inProcess: number[] = [];
  const bounded: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    inProcess.push(await time(() => parseDocumentInProcess(bytes, 'bench.pdf')));
    bounded.push(await time(() => parseDocument(bytes, 'bench.pdf')));
  }
  const report = (label: string, ms: number) =>
    console.log(
      `${label.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  ${(mb / (ms / 1000)).toFixed(2)} MB/s  ` +
        `${(PAGES / (ms / 1000)).toFixed(0)} pages/s`,
    );
  console.log(
    `pdf: ${doc.pages.length} pages, ${(mb * 1024).toFixed(0)} KB, ${doc.text.length} characters of text`,
  );
  // Sanity of the output, so a fast but wrong parser does not look good here.
  const leftovers = doc.text.match(/Monitoring Mission|Page \d+ of 50|\p{L}-\n\p{Ll}/gu) ?? [];
  console.log(`running headers, footers or split words left in the text: ${leftovers.length}`);
  report(`parseDocumentInProcess (median of ${RUNS})`, median(inProcess));
  report(`parseDocument, worker (median of ${RUNS})`, median(bounded));
}
