/**
 * Extraction throughput: MB of text per second over ~5 MB of synthetic reports (our own varied English and
 * Russian sentences: events, figures, background, norms, footnotes) cut into documents of ~12 kB, plus the seed
 * statement from the shared corpus. The first call (gazetteer index, wink model) is timed apart as cold start.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/extract.js';

const EVENT = [
  'On {d} {m}, riot police fired tear gas and rubber bullets at hundreds of demonstrators in {c}.',
  'On {d} {m}, two masked men attacked a camera crew of the independent TV channel Northern Wave in {c}.',
  'During the night of {d} – {d2} {m}, security forces detained at least {n} protesters near the city hall.',
  'On {d} {m}, an officer confiscated the phone of Lena Varga, a reporter for Daily Lantern, while she was filming in downtown {c}.',
  'Protesters blocked the road and set fire to tyres; officers responded with water cannon and batons.',
  'Hospitals in {c} said they had treated {n} people for injuries, according to the Ministry of Health.',
  'By {d} {m}, the Union of Free Voices had recorded {w} attacks on journalists.',
  '{d} {mr} сотрудники ОМОН задержали {wr} журналистов у здания суда в городе Минске.',
  'В ночь с {d} на {d2} {mr} неизвестные напали на корреспондента издания «Утренний вестник» и отобрали камеру.',
  'On {d} {m}, the Central Electoral Commission announced that it had annulled the results.',
];
const BACKGROUND = [
  'The authorities must ensure that law enforcement officers respect the right to peaceful assembly.',
  'Over the years, observers have raised concerns about the conduct of the security services.',
  'Rubber bullets should never be fired at the head or used to disperse a crowd.',
  'The economy has struggled since the pandemic, and unemployment remains high in rural areas.',
  'Власти обязаны обеспечить право на мирные собрания и свободу выражения мнений.',
  'Several organisations have called for an independent investigation into the events.',
];
const CITIES = ['Bishkek', 'Osh', 'Almaty', 'Tbilisi', 'Minsk', 'Kharkiv', 'Batumi', 'Naryn'];
const MONTHS = ['March', 'June', 'October', 'December'];
const MONTHS_RU = ['марта', 'июня', 'октября', 'декабря'];
const WORDS = ['three', 'five', 'twelve', 'dozens of'];
const WORDS_RU = ['двое', 'шестеро', 'пятеро', 'трое'];

/** A deterministic pseudo-random generator, so every run measures the same text. */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function syntheticDocument(r: () => number, targetChars: number, docNo: number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const paragraphs: string[] = [`Statement ${docNo} on the events of the week`];
  let size = 0;
  let footnote = 0;
  const notes: string[] = [];
  while (size < targetChars) {
    const sentences: string[] = [];
    for (let i = 0; i < 4; i++) {
      const d = 1 + Math.floor(r() * 27);
      const mi = Math.floor(r() * MONTHS.length);
      let s = pick(r() < 0.55 ? EVENT : BACKGROUND)
        .replace(/\{d\}/gu, String(d))
        .replace(/\{d2\}/gu, String(d + 1))
        .replace('{m}', MONTHS[mi] ?? 'March')
        .replace('{mr}', MONTHS_RU[mi] ?? 'марта')
        .replace('{c}', pick(CITIES))
        .replace('{n}', String(5 + Math.floor(r() * 400)))
        .replace('{w}', pick(WORDS))
        .replace('{wr}', pick(WORDS_RU));
      if (r() < 0.2) {
        footnote++;
        s += String(footnote);
        notes.push(
          `${footnote} https://example.org/2021/${String(1 + (footnote % 12)).padStart(2, '0')}/report-${footnote}`,
        );
      }
      sentences.push(s);
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += p.length;
  }
  return `${paragraphs.join('\n\n')}\n\n${notes.join('\n')}\n`;
}

export default async function run(): Promise<void> {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const seed = await readFile(
    path.resolve(repoRoot, '../shared/corpus/amnesty-kyrgyzstan-2020-10.txt'),
    'utf8',
  ).catch(() => '');
  const r = rng(42);
  const docs: string[] = [];
  let total = 0;
  for (let i = 0; total < Number(process.env.BENCH_BYTES ?? 5_000_000); i++) {
    const doc = syntheticDocument(r, 12_000, i);
    docs.push(doc);
    total += doc.length;
  }
  if (seed) docs.push(seed);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);

  let t = performance.now();
  extract(docs[0] ?? '');
  console.log(
    `cold start (gazetteer index, models, first document): ${(performance.now() - t).toFixed(0)} ms`,
  );

  t = performance.now();
  const cpu = process.cpuUsage();
  let incidents = 0;
  let figures = 0;
  for (const doc of docs) {
    const e = extract(doc);
    incidents += e.incidents.length;
    figures += e.figures.length;
  }
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const mb = bytes / 1_000_000;
  console.log(
    `${docs.length} documents, ${mb.toFixed(2)} MB (UTF-8), ${incidents} incidents, ${figures} figures`,
  );
  // On a shared machine wall time depends on the neighbours; CPU time is what extraction itself costs.
  console.log(`wall ${seconds.toFixed(1)} s: ${(mb / seconds).toFixed(2)} MB/s`);
  console.log(
    `CPU ${cpuSeconds.toFixed(1)} s: ${(mb / cpuSeconds).toFixed(2)} MB per CPU-second (target 1 MB/s)`,
  );
}
