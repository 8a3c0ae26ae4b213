/**
 * `npm run bench`: runs every benchmark in bench/ (each `*.bench.ts` module's default export) in turn.
 * `npm run bench -- import` runs only the benchmarks whose file name contains "import".
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('./', import.meta.url));
const only = process.argv[2];
const files = (await readdir(folder))
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
for (const file of files) {
  const mod = (await import(new URL(`./${file}`, import.meta.url).href)) as { default: () => Promise<void> };
  console.log(`\n== ${file.replace('.bench.ts', '')} ==`);
  await mod.default();
}
