import { useEffect, useState } from 'react';
import { getJson } from './api.js';

export type Loadable<T> =
  { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; data: T };

/** Loads a JSON resource; `null` as the path means "nothing to load yet". Aborts on change or unmount. */
export function useFetch<T>(path: string | null): Loadable<T> {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setResult({ state: 'loading' });
    getJson<T>(path, controller.signal).then(
      (data) => setResult({ state: 'ready', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ state: 'error', error });
      },
    );
    return () => controller.abort();
  }, [path]);
  return result;
}
