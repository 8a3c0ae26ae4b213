/**
 * The audit log: every write, newest first, each entry chained to the previous one by its hash. The verify
 * button asks the server to recompute the whole chain and reports the first entry that does not hold.
 */
import { useState } from 'react';
import { ErrorState, Empty, Loaded } from '../components/status.js';
import { type AuditEntry, type AuditVerdict, getJson, query } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { useFetch } from '../lib/use-fetch.js';

function VerifyButton() {
  const { t, label, formatNumber } = useI18n();
  const [result, setResult] = useState<
    | { state: 'idle' }
    | { state: 'running' }
    | { state: 'done'; verdict: AuditVerdict }
    | { state: 'error'; error: unknown }
  >({ state: 'idle' });
  const run = () => {
    setResult({ state: 'running' });
    getJson<AuditVerdict>('/api/audit/verify').then(
      (verdict) => setResult({ state: 'done', verdict }),
      (error: unknown) => setResult({ state: 'error', error }),
    );
  };
  return (
    <div className="verify">
      <button type="button" onClick={run} disabled={result.state === 'running'}>
        {result.state === 'running' ? t('audit.verifying') : t('audit.verify')}
      </button>
      <div aria-live="polite">
        {result.state === 'done' &&
          (result.verdict.ok ? (
            <p className="verdict verdict-ok">
              {t('audit.ok', { entries: formatNumber(result.verdict.entries) })}{' '}
              <code title={result.verdict.lastHash}>{result.verdict.lastHash.slice(0, 16)}…</code>
            </p>
          ) : (
            <p className="verdict verdict-bad" role="alert">
              {t('audit.bad', {
                seq: result.verdict.firstBadSeq,
                problem: label('auditProblem', result.verdict.problem),
              })}{' '}
              {result.verdict.message}
            </p>
          ))}
        {result.state === 'error' && <ErrorState error={result.error} />}
      </div>
    </div>
  );
}

export function AuditPage({ search }: { search: URLSearchParams }) {
  const { t } = useI18n();
  const limit = Math.min(500, Number(search.get('limit') ?? '100') || 100);
  const entries = useFetch<AuditEntry[]>(`/api/audit${query({ limit })}`);
  return (
    <>
      <header className="page-header">
        <h1>{t('audit.title')}</h1>
        <p className="lede">{t('audit.lede')}</p>
      </header>
      <VerifyButton />
      <Loaded value={entries}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('audit.empty')}</Empty>
          ) : (
            <div className="table-wrap">
              <table className="audit">
                <caption>{t('audit.latest', { n: list.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="number">
                      #
                    </th>
                    <th scope="col">{t('audit.at')}</th>
                    <th scope="col">{t('audit.actor')}</th>
                    <th scope="col">{t('audit.action')}</th>
                    <th scope="col">{t('audit.entity')}</th>
                    <th scope="col">{t('audit.hash')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((e) => (
                    <tr key={e.seq}>
                      <td className="number">{e.seq}</td>
                      <td className="nowrap">{e.at.replace('T', ' ').slice(0, 19)}</td>
                      <td>{e.actor}</td>
                      <td>
                        <code>{e.action}</code>
                      </td>
                      <td>
                        {e.entity} <code className="muted">{e.entityId?.slice(0, 8)}</code>
                      </td>
                      <td>
                        <code title={e.hash}>{e.hash.slice(0, 12)}</code>
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
