/** Sources: who says what we record, with their reliability grade (A–F). */
import { Empty, Loaded } from '../components/status.js';
import type { Source } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useFetch } from '../lib/use-fetch.js';

export function SourcesPage() {
  const { t, label } = useI18n();
  const sources = useFetch<Source[]>('/api/sources');
  return (
    <>
      <header className="page-header">
        <h1>{t('sources.title')}</h1>
        <p className="lede">{t('sources.lede')}</p>
      </header>
      <Loaded value={sources}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('sources.empty')}</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('sources.name')}</th>
                    <th scope="col">{t('sources.kind')}</th>
                    <th scope="col">{t('sources.reliability')}</th>
                    <th scope="col">{t('sources.url')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">{s.name}</th>
                      <td>{label('sourceKind', s.kind)}</td>
                      <td>
                        {s.reliability ? (
                          <span
                            className={`grade grade-${s.reliability}`}
                            title={label('reliability', s.reliability)}
                          >
                            {s.reliability} · {label('reliability', s.reliability)}
                          </span>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>
                        {s.url && (
                          <a href={s.url} rel="noreferrer noopener" target="_blank" className="external">
                            {s.url}
                          </a>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </>
  );
}
