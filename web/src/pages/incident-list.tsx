/**
 * The incident list: filtered, sorted and paged on the server (50 a page), so it stays fast on 100,000
 * incidents. Filters, facets, the sort and the page live in the URL. Facet counts load after the rows. A
 * text search is full text (English and Russian) and also looks for actors by any of their names, because
 * an incident's text may name a person in another script (Кожомуратов / Kozhomuratov).
 */
import { useEffect, useState } from 'react';
import { useCaseChoice } from '../components/case-switch.js';
import { IncidentFacets } from '../components/incident-facets.js';
import { Empty, ErrorState, Loaded } from '../components/status.js';
import { FILTER_KEYS, type Filters, IncidentFilters } from '../components/incident-filters.js';
import {
  type Actor,
  type FacetCounts,
  type Incident,
  type Page,
  query,
  queryParameters,
} from '../lib/api.js';
import { type MessageKey, useI18n } from '../lib/i18n.js';
import { Link, navigate } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';

const PAGE_SIZE = 50;
type SortKey = 'date' | 'title' | 'place' | 'type' | 'status' | 'harm';
const SORT_KEYS: SortKey[] = ['date', 'title', 'place', 'type', 'status', 'harm'];
/** The order a column starts in when first chosen: newest and most harmful first, names A to Z. */
const FIRST_ORDER: Record<SortKey, 'asc' | 'desc'> = {
  date: 'desc',
  title: 'asc',
  place: 'asc',
  type: 'asc',
  status: 'asc',
  harm: 'desc',
};

const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'date', label: 'list.date' },
  { key: 'title', label: 'list.incident' },
  { key: 'place', label: 'list.place' },
  { key: 'type', label: 'list.type' },
  { key: 'status', label: 'list.status' },
  { key: 'harm', label: 'list.harm' },
];

function useVocabulary() {
  const [vocabulary, setVocabulary] = useState<{ types: string[]; statuses: string[] }>({
    types: [],
    statuses: [],
  });
  useEffect(() => {
    void queryParameters('/api/incidents').then((params) =>
      setVocabulary({ types: params.get('type') ?? [], statuses: params.get('status') ?? [] }),
    );
  }, []);
  return vocabulary;
}

/** Actors whose name, other-script name or alias contains the search text, with a search by each name. */
function ActorMatches({ text, caseId }: { text: string; caseId: string }) {
  const { t } = useI18n();
  const actors = useFetch<Actor[]>(`/api/actors${query({ text })}`);
  if (actors.state !== 'ready' || actors.data.length === 0) return null;
  return (
    <aside className="actor-matches" aria-label={t('list.actorMatches')}>
      <h2>{t('list.actorMatches')}</h2>
      <ul className="plain">
        {actors.data.slice(0, 10).map((actor) => {
          const names = [actor.name, ...actor.names.map((n) => n.value), ...actor.aliases].filter(
            (name, index, all) => all.indexOf(name) === index && name.toLowerCase() !== text.toLowerCase(),
          );
          return (
            <li key={actor.id}>
              <strong>{actor.name}</strong>
              {actor.names.length > 0 && (
                <span className="muted"> ({actor.names.map((n) => n.value).join(', ')})</span>
              )}{' '}
              {names.map((name) => (
                <Link key={name} className="chip" href={`/incidents${query({ caseId, text: name })}`}>
                  {t('list.searchFor', { name })}
                </Link>
              ))}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}

export function IncidentList({ search }: { search: URLSearchParams }) {
  const { t, label, formatNumber } = useI18n();
  const vocabulary = useVocabulary();
  const named = Object.fromEntries(FILTER_KEYS.map((k) => [k, search.get(k) ?? ''])) as Filters;
  // Without a case in the URL, the list shows the reader's first case: only an admin may list across cases.
  const choice = useCaseChoice(null);
  const firstCase = choice.state === 'ready' ? (choice.kase?.id ?? '') : null;
  const filters: Filters = named.caseId || firstCase === null ? named : { ...named, caseId: firstCase };
  const pageNumber = Math.max(1, Number(search.get('page') ?? '1') || 1);
  const sortParam = search.get('sort') as SortKey | null;
  const sort: SortKey = sortParam && SORT_KEYS.includes(sortParam) ? sortParam : 'date';
  const order =
    search.get('order') === 'asc' || search.get('order') === 'desc'
      ? search.get('order')!
      : FIRST_ORDER[sort];
  const descending = order === 'desc';
  // The sort goes in the URL only when it differs from the default (newest first).
  const sortParams = sort === 'date' && descending ? {} : { sort, order };
  const path = `/api/incidents${query({ ...filters, ...sortParams, limit: PAGE_SIZE, offset: (pageNumber - 1) * PAGE_SIZE })}`;
  const page = useFetch<Page<Incident>>(named.caseId || firstCase !== null ? path : null);
  // Facets wait for the rows: the embedded database answers one query at a time, and rows come first.
  const facets = useFetch<FacetCounts>(
    page.state === 'loading' ? null : `/api/incidents/facets${query({ ...filters })}`,
  );

  const href = (next: Filters, nextPage = 1, nextSort: object = sortParams) =>
    `/incidents${query({ ...next, ...nextSort, page: nextPage > 1 ? nextPage : undefined })}`;
  const go = (next: Filters, nextPage = 1) => navigate(href(next, nextPage));
  const sortBy = (key: SortKey) => {
    const nextOrder = key === sort ? (descending ? 'asc' : 'desc') : FIRST_ORDER[key];
    navigate(
      href(filters, 1, key === 'date' && nextOrder === 'desc' ? {} : { sort: key, order: nextOrder }),
      {
        replace: true,
      },
    );
  };
  const sorted = page.state === 'ready' ? page.data.items : [];

  return (
    <>
      <header className="page-header">
        <h1>{t('list.title')}</h1>
      </header>
      <IncidentFilters
        filters={filters}
        onChange={(next) => go(next)}
        eventTypes={vocabulary.types}
        statuses={vocabulary.statuses}
      />
      {filters.text && <ActorMatches text={filters.text} caseId={filters.caseId} />}
      <div className="list-with-facets">
        {facets.state === 'ready' && (
          <IncidentFacets
            counts={facets.data}
            selected={filters}
            hrefFor={(key, value) => href({ ...filters, [key]: value })}
          />
        )}
        <div className="list-main">
          {page.state === 'error' ? (
            <ErrorState error={page.error} />
          ) : (
            <Loaded value={page}>
              {(data) => {
                if (data.total === 0) return <Empty>{t('list.empty')}</Empty>;
                if (data.items.length === 0)
                  return (
                    <Empty>
                      {t('list.pastEnd')} <Link href={href(filters)}>{t('list.firstPage')}</Link>
                    </Empty>
                  );
                const pages = Math.ceil(data.total / PAGE_SIZE);
                return (
                  <>
                    <p className="result-count" aria-live="polite">
                      {t('list.count', {
                        from: formatNumber((pageNumber - 1) * PAGE_SIZE + 1),
                        to: formatNumber((pageNumber - 1) * PAGE_SIZE + data.items.length),
                        total: formatNumber(data.total),
                      })}
                    </p>
                    <div className="table-wrap">
                      <table className="incidents">
                        <thead>
                          <tr>
                            {COLUMNS.map((column) => (
                              <th
                                key={column.key}
                                scope="col"
                                aria-sort={
                                  sort === column.key ? (descending ? 'descending' : 'ascending') : 'none'
                                }
                              >
                                <button type="button" className="sort" onClick={() => sortBy(column.key)}>
                                  {t(column.label)}
                                  <span aria-hidden="true">
                                    {sort === column.key ? (descending ? ' ▼' : ' ▲') : ''}
                                  </span>
                                </button>
                              </th>
                            ))}
                          </tr>
                        </thead>
                        <tbody>
                          {sorted.map((i) => (
                            <tr key={i.id}>
                              <td className="nowrap">
                                {i.dateStart ?? '—'}
                                {i.dateEnd && i.dateEnd !== i.dateStart && <> – {i.dateEnd}</>}
                                {i.datePrecision !== 'day' && (
                                  <span className="badge">{label('datePrecision', i.datePrecision)}</span>
                                )}
                              </td>
                              <td>
                                <Link href={`/incidents/${i.id}`}>{i.title}</Link>
                              </td>
                              <td>
                                {i.place?.name ?? (
                                  <span className="muted">{label('geoPrecision', i.geoPrecision)}</span>
                                )}
                              </td>
                              <td>{label('eventType', i.eventType)}</td>
                              <td>
                                <span className={`status status-${i.status}`}>
                                  {label('status', i.status)}
                                </span>
                              </td>
                              <td className="number">
                                {i.killed ? t('list.killed', { n: formatNumber(i.killed) }) : ''}
                                {i.killed && i.injured ? ' · ' : ''}
                                {i.injured ? t('list.injured', { n: formatNumber(i.injured) }) : ''}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                    {pages > 1 && (
                      <nav className="pager" aria-label={t('list.pages')}>
                        <button
                          type="button"
                          disabled={pageNumber <= 1}
                          onClick={() => navigate(href(filters, pageNumber - 1))}
                        >
                          {t('list.previous')}
                        </button>
                        <span>
                          {t('list.pageOf', { page: formatNumber(pageNumber), pages: formatNumber(pages) })}
                        </span>
                        <button
                          type="button"
                          disabled={pageNumber >= pages}
                          onClick={() => navigate(href(filters, pageNumber + 1))}
                        >
                          {t('list.next')}
                        </button>
                      </nav>
                    )}
                  </>
                );
              }}
            </Loaded>
          )}
        </div>
      </div>
    </>
  );
}
