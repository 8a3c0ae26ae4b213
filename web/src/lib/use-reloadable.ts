import { useCallback, useEffect, useState } from 'react';
import { getJson } from './api.js';
import type { Loadable } from './use-fetch.js';

/**
 * Loads a JSON resource that the page itself changes: `reload()` fetches it again while the current data
 * stays on screen, so the form that made the change (and its "done" message) is not replaced by a spinner.
 */
export function useReloadable<T>(path: string | null): { value: Loadable<T>; reload: () => void } {
  const [value, setValue] = useState<Loadable<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    getJson<T>(path, controller.signal).then(
      (data) => setValue({ state: 'ready', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setValue({ state: 'error', error });
      },
    );
    return () => controller.abort();
  }, [path, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { value, reload };
}
