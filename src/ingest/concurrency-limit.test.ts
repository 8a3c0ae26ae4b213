import { describe, expect, it } from 'vitest';
import { concurrencyLimit } from './concurrency-limit.js';

describe('concurrencyLimit', () => {
  it('never runs more than the limit at once, runs everything, and frees its slot on failure', async () => {
    const run = concurrencyLimit(2);
    let active = 0;
    let peak = 0;
    const task = (fail: boolean) => async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      active--;
      if (fail) throw new Error('boom');
      return 'ok';
    };
    const results = await Promise.allSettled([true, false, false, true, false].map((f) => run(task(f))));
    expect(peak).toBe(2);
    expect(results.map((r) => r.status)).toEqual([
      'rejected',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
  });
});
