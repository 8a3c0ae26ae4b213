/**
 * `npm run eval`: runs every evaluation in scripts/eval/ (each module's default export) and prints its table.
 * Each evaluation scores an engine against hand-coded or human-tagged truth; see the README's evaluation section.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('./eval/', import.meta.url));
const only = process.argv[2];
const files = (await readdir(folder))
  .filter((f) => f.endsWith('.eval.ts') && (!only || f.includes(only)))
  .sort();
for (const file of files) {
  const mod = (await import(new URL(`./eval/${file}`, import.meta.url).href)) as {
    default: () => Promise<void>;
  };
  console.log(`\n== ${file.replace('.eval.ts', '')} ==`);
  await mod.default();
}
