/**
 * A counting semaphore: at most `limit` tasks run at once, the rest wait in arrival order. Used so a burst
 * of uploads starts a bounded number of parse workers (each may use up to its heap limit).
 */
export function concurrencyLimit(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
