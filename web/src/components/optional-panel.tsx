/**
 * A panel for a feature the server may not offer yet (assessments, allegations, corroboration): it asks
 * the OpenAPI document whether the route exists and renders nothing when it does not, or when the server
 * answers 404 for this record.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError, apiRoutes } from '../lib/api.js';
import { useFetch } from '../lib/use-fetch.js';
import { ErrorState, Loading } from './status.js';

export function OptionalPanel<T>({
  route,
  url,
  title,
  children,
  whenVisible = false,
  onDemand,
}: {
  /** Fetch only when the reader presses a button with this label: for summaries that are slow to compute. */
  onDemand?: string;
  /** Fetch only once the panel scrolls into view: for case-wide summaries that are costly on a large case. */
  whenVisible?: boolean;
  /** "GET /api/incidents/{id}/assessment", as the OpenAPI document names it. */
  route: string;
  url: string;
  title: string;
  children: (data: T) => ReactNode;
}) {
  const [available, setAvailable] = useState<boolean | null>(null);
  useEffect(() => {
    let cancelled = false;
    void apiRoutes().then((routes) => {
      if (!cancelled) setAvailable(routes.has(route));
    });
    return () => {
      cancelled = true;
    };
  }, [route]);
  const section = useRef<HTMLElement>(null);
  const [seen, setSeen] = useState(!whenVisible && !onDemand);
  useEffect(() => {
    if (seen || onDemand || !available || !section.current) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    });
    observer.observe(section.current);
    return () => observer.disconnect();
  }, [seen, available, onDemand]);
  const data = useFetch<T>(available && seen ? url : null);
  if (!available) return null;
  if (data.state === 'error' && data.error instanceof ApiError && data.error.status === 404) return null;
  const id = `panel-${route.replace(/\W+/g, '-')}`;
  return (
    <section className="panel" aria-labelledby={id} ref={section}>
      <h2 id={id}>{title}</h2>
      {!seen && onDemand ? (
        <button type="button" className="secondary" onClick={() => setSeen(true)}>
          {onDemand}
        </button>
      ) : data.state === 'loading' ? (
        <Loading />
      ) : data.state === 'error' ? (
        <ErrorState error={data.error} />
      ) : (
        children(data.data)
      )}
    </section>
  );
}
