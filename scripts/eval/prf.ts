/** Precision, recall and F1 from counts, and a fixed-width table printer for the evaluations. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** P/R/F1 of counts; an empty side scores 1 (nothing to find, nothing wrongly found). */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** Set comparison of predicted against true labels. */
export function compareSets<T>(predicted: Iterable<T>, truth: Iterable<T>): Counts {
  const p = new Set(predicted);
  const t = new Set(truth);
  let tp = 0;
  for (const x of p) if (t.has(x)) tp++;
  return { tp, fp: p.size - tp, fn: t.size - tp };
}

/** Renders rows of P/R/F1 as an aligned text table. */
export function prfTable(rows: [string, Prf][]): string {
  const width = Math.max(8, ...rows.map(([k]) => k.length));
  const head = `${'field'.padEnd(width)}  ${['tp', 'fp', 'fn'].map((h) => h.padStart(5)).join('')}  precision  recall     F1`;
  const lines = rows.map(
    ([k, r]) =>
      `${k.padEnd(width)}  ${[r.tp, r.fp, r.fn].map((n) => String(n).padStart(5)).join('')}  ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}  ${r.f1.toFixed(3).padStart(5)}`,
  );
  return [head, ...lines].join('\n');
}
