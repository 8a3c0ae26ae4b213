/** Loading, error and empty states, worded for people, shared by every page. */
import type { ReactNode } from 'react';
import { ApiError } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import type { Loadable } from '../lib/use-fetch.js';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="state state-loading" role="status">
      {t('state.loading')}
    </p>
  );
}

export function ErrorState({ error }: { error: unknown }) {
  const { t } = useI18n();
  const detail =
    error instanceof ApiError
      ? error.code === 'network'
        ? t('error.network')
        : error.status === 404
          ? t('error.notFound')
          : error.status === 403 && error.field === undefined
            ? t('error.forbidden', { reason: error.message })
            : `${error.message} (${error.code})`
      : String(error);
  return (
    <div className="state state-error" role="alert">
      <strong>{t('error.title')}</strong> {detail}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** Renders `render(data)` once loaded, else the loading or error state. */
export function Loaded<T>({ value, children }: { value: Loadable<T>; children: (data: T) => ReactNode }) {
  if (value.state === 'loading') return <Loading />;
  if (value.state === 'error') return <ErrorState error={value.error} />;
  return <>{children(value.data)}</>;
}
