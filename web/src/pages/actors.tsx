/** Actors: people, forces, outlets and organisations, with their names in every script and aliases. */
import { type FormEvent, useEffect } from 'react';
import { Empty, Loaded } from '../components/status.js';
import { type Actor, query } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { navigate } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';

export function ActorsPage({ search }: { search: URLSearchParams }) {
  const { t, label } = useI18n();
  const text = search.get('text') ?? '';
  const actors = useFetch<Actor[]>(`/api/actors${query({ text })}`);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('text');
    navigate(`/actors${query({ text: typeof value === 'string' ? value.trim() : '' })}`);
  };
  // Links from acts point at #actor-<id>: bring that row into view once the list is there.
  useEffect(() => {
    if (actors.state === 'ready' && window.location.hash)
      document.querySelector(window.location.hash)?.scrollIntoView();
  }, [actors.state]);
  return (
    <>
      <header className="page-header">
        <h1>{t('actors.title')}</h1>
      </header>
      <form className="filters" role="search" onSubmit={submit} key={text}>
        <label className="wide">
          {t('actors.search')}
          <input type="search" name="text" defaultValue={text} />
        </label>
        <div className="filter-actions">
          <button type="submit">{t('list.apply')}</button>
        </div>
      </form>
      <Loaded value={actors}>
        {(list) => {
          if (list.length === 0) return <Empty>{t('actors.empty')}</Empty>;
          const byId = new Map(list.map((a) => [a.id, a]));
          return (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('actors.name')}</th>
                    <th scope="col">{t('actors.otherNames')}</th>
                    <th scope="col">{t('actors.kind')}</th>
                    <th scope="col">{t('actors.role')}</th>
                    <th scope="col">{t('actors.affiliation')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((a) => (
                    <tr key={a.id} id={`actor-${a.id}`}>
                      <th scope="row">{a.name}</th>
                      <td>{[...a.names.map((n) => n.value), ...a.aliases].join(', ')}</td>
                      <td>{label('actorKind', a.kind)}</td>
                      <td>{label('role', a.professionalRole)}</td>
                      <td>{a.affiliationId ? (byId.get(a.affiliationId)?.name ?? '—') : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </Loaded>
    </>
  );
}
