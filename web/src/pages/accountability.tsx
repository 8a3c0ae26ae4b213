/**
 * The accountability board: a case's allegations in columns by stage (the engine's order), the overdue ones
 * first in each column and listed on their own above, each linked to its incidents.
 */
import { useMemo } from 'react';
import { STAGES } from '../../../src/allegations/engine/types.js';
import { CaseSwitch, useCaseChoice } from '../components/case-switch.js';
import { Empty, Loaded } from '../components/status.js';
import { query } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';

interface AllegationItem {
  id: string;
  title: string;
  stage: string;
  outcome: string | null;
  stageSince: string | null;
  incidentIds: string[];
  priority: string | null;
  flags: number;
}

interface OverdueItem {
  allegationId: string;
  title: string;
  kind: string;
  dueDate: string;
  daysLate: number;
  label: string;
}

function Board({ caseId }: { caseId: string }) {
  const { t, label, formatNumber, formatDate } = useI18n();
  const allegations = useFetch<AllegationItem[]>(`/api/cases/${caseId}/allegations`);
  const overdue = useFetch<{ policy: string; items: OverdueItem[] }>(
    allegations.state === 'loading' ? null : `/api/cases/${caseId}/allegations/overdue`,
  );
  const late = useMemo(() => {
    const most = new Map<string, OverdueItem>();
    if (overdue.state === 'ready')
      for (const item of overdue.data.items)
        if ((most.get(item.allegationId)?.daysLate ?? -1) < item.daysLate) most.set(item.allegationId, item);
    return most;
  }, [overdue]);
  return (
    <Loaded value={allegations}>
      {(list) => {
        if (list.length === 0) return <Empty>{t('panel.noAllegationsInCase')}</Empty>;
        const columns = STAGES.map((stage) => ({
          stage,
          items: list
            .filter((a) => a.stage === stage)
            .sort(
              (a, b) =>
                (late.get(b.id)?.daysLate ?? -1) - (late.get(a.id)?.daysLate ?? -1) ||
                a.title.localeCompare(b.title),
            ),
        }));
        return (
          <>
            {overdue.state === 'ready' && (
              <section aria-labelledby="overdue" className="panel">
                <h2 id="overdue">{t('board.overdue', { n: formatNumber(overdue.data.items.length) })}</h2>
                <p className="muted">{overdue.data.policy}</p>
                {overdue.data.items.length === 0 ? (
                  <p className="state state-empty">{t('board.nothingOverdue')}</p>
                ) : (
                  <ul className="plain overdue-list">
                    {overdue.data.items.map((item) => (
                      <li key={`${item.allegationId} ${item.label}`}>
                        <span className={`badge ${item.kind === 'overdue' ? 'badge-warn' : ''}`}>
                          {t('board.daysLate', { n: formatNumber(item.daysLate) })}
                        </span>{' '}
                        <a href={`#allegation-${item.allegationId}`}>{item.title}</a>{' '}
                        <span className="muted">{item.label}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )}
            <div className="board" role="list" aria-label={t('board.columns')}>
              {columns.map((column) => (
                <section
                  key={column.stage}
                  className="board-column"
                  role="listitem"
                  aria-label={label('stage', column.stage)}
                >
                  <h2>
                    {label('stage', column.stage)}{' '}
                    <span className="count">{formatNumber(column.items.length)}</span>
                  </h2>
                  <ul className="plain">
                    {column.items.map((a) => {
                      const flag = late.get(a.id);
                      return (
                        <li
                          key={a.id}
                          id={`allegation-${a.id}`}
                          className={flag ? 'board-card late' : 'board-card'}
                        >
                          <strong>{a.title}</strong>
                          {a.outcome && <span className="badge">{label('outcome', a.outcome)}</span>}
                          {flag && (
                            <p className="late-note">
                              {t('board.daysLate', { n: formatNumber(flag.daysLate) })}: {flag.label}
                            </p>
                          )}
                          {a.stageSince && (
                            <p className="muted">{t('panel.since', { date: formatDate(a.stageSince) })}</p>
                          )}
                          <p>
                            {a.incidentIds.map((id, i) => (
                              <Link key={id} href={`/incidents/${id}`} className="chip">
                                {t('board.incident', { n: i + 1 })}
                              </Link>
                            ))}
                          </p>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
            </div>
          </>
        );
      }}
    </Loaded>
  );
}

export function AccountabilityPage({ search }: { search: URLSearchParams }) {
  const { t } = useI18n();
  const choice = useCaseChoice(search.get('case'));
  return (
    <>
      <header className="page-header">
        <h1>{t('board.title')}</h1>
        <p className="lede">{t('board.lede')}</p>
      </header>
      <CaseSwitch choice={choice} href={(slug) => `/accountability${query({ case: slug })}`} />
      {choice.state === 'ready' && choice.kase && <Board key={choice.kase.id} caseId={choice.kase.id} />}
    </>
  );
}
