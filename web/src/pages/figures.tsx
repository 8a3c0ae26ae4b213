/** Figures: reported numbers side by side, with what they count, when, and who reported them. */
import { useState } from 'react';
import { CaseSwitch, useCaseChoice } from '../components/case-switch.js';
import { Empty, Loaded } from '../components/status.js';
import { type Case, type Figure, query } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';

export function FiguresPage({ search }: { search: URLSearchParams }) {
  const { t, label, formatNumber, formatDate } = useI18n();
  // One case at a time: a member of some cases may not list the figures of all of them.
  const choice = useCaseChoice(search.get('case'));
  const kase = choice.state === 'ready' ? choice.kase : null;
  const figures = useFetch<Figure[]>(kase ? `/api/figures${query({ caseId: kase.id })}` : null);
  // A large archive holds thousands of figures: draw the first few hundred until asked for all.
  const [shown, setShown] = useState(300);
  const cases = useFetch<Case[]>('/api/cases');
  const caseTitle = (id: string) =>
    (cases.state === 'ready' ? cases.data.find((c) => c.id === id)?.title : undefined) ?? '';
  return (
    <>
      <header className="page-header">
        <h1>{t('figures.title')}</h1>
        <p className="lede">{t('figures.lede')}</p>
      </header>
      <CaseSwitch choice={choice} href={(slug) => `/figures${query({ case: slug })}`} />
      <Loaded value={figures}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('figures.empty')}</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col" className="number">
                      {t('figures.value')}
                    </th>
                    <th scope="col">{t('figures.what')}</th>
                    <th scope="col">{t('figures.asOf')}</th>
                    <th scope="col">{t('figures.reporter')}</th>
                    <th scope="col">{t('figures.case')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...list]
                    .sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''))
                    .slice(0, shown)
                    .map((f) => (
                      <tr key={f.id}>
                        <td className="number">
                          {formatNumber(f.value)}
                          {f.qualifier !== 'exact' && (
                            <span className="badge">{label('qualifier', f.qualifier)}</span>
                          )}
                        </td>
                        <td>
                          {f.incidentId ? <Link href={`/incidents/${f.incidentId}`}>{f.what}</Link> : f.what}
                        </td>
                        <td className="nowrap">{f.asOf ? formatDate(f.asOf) : '—'}</td>
                        <td>{f.reportedBy ?? t('figures.unknownReporter')}</td>
                        <td>
                          <Link href={`/incidents${query({ caseId: f.caseId })}`}>{caseTitle(f.caseId)}</Link>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
              {list.length > shown && (
                <p className="more">
                  <button type="button" className="secondary" onClick={() => setShown(list.length)}>
                    {t('figures.showAll', { n: formatNumber(list.length) })}
                  </button>
                </p>
              )}
            </div>
          )
        }
      </Loaded>
    </>
  );
}
