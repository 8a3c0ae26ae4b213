/**
 * The review queue: what extraction proposed from ingested documents (incidents, figures, actors), each with
 * the sentence it came from. A reviewer accepts a proposal into the record or rejects it with a reason.
 * Shown only when the server has the proposals routes.
 */
import { useMemo, useState } from 'react';
import { type Proposal, ProposalCard } from '../components/proposal-card.js';
import { Empty, ErrorState, Loaded } from '../components/status.js';
import { type Case, postJson, query } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { Link, navigate } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';
import { UploadForm } from './upload-form.js';

const STATUSES = ['pending', 'accepted', 'rejected', 'merged'] as const;

/** Accepts every pending proposal of the case at once, then says how many became records. */
function AcceptAll({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ accepted: number; merged: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = () => {
    setBusy(true);
    setError(null);
    postJson<{ accepted: number; merged: number }>(`/api/cases/${caseId}/proposals/accept-all`, {}).then(
      (answer) => {
        setResult(answer);
        setBusy(false);
        onDone();
      },
      (e: unknown) => {
        setError(e);
        setBusy(false);
      },
    );
  };
  return (
    <div className="accept-all">
      <button type="button" disabled={busy} onClick={run}>
        {t('review.acceptAll')}
      </button>
      <span role="status">
        {result && (
          <>
            {' '}
            {t('review.acceptedAll', { accepted: result.accepted, merged: result.merged })}{' '}
            <Link href={`/incidents${query({ caseId })}`}>{t('review.seeIncidents')}</Link>
          </>
        )}
      </span>
      {error !== null && <ErrorState error={error} />}
    </div>
  );
}

function CaseReview({ kase, cases, status }: { kase: Case; cases: Case[]; status: string }) {
  const { t, label } = useI18n();
  const [reload, setReload] = useState(0);
  const refresh = () => setReload((n) => n + 1);
  // The fragment only changes the key, so a decision reloads the list.
  const proposals = useFetch<Proposal[]>(`/api/proposals${query({ caseId: kase.id, status })}#${reload}`);
  const documents = useFetch<{ id: string; title: string }[]>(
    `/api/documents${query({ caseId: kase.id })}#${reload}`,
  );
  const titles = useMemo(
    () => new Map(documents.state === 'ready' ? documents.data.map((d) => [d.id, d.title] as const) : []),
    [documents],
  );
  const here = (s: string) => `/review${query({ case: kase.slug, status: s })}`;
  return (
    <>
      <p>
        <label htmlFor="review-case">{t('review.case')}</label>{' '}
        <select
          id="review-case"
          value={kase.slug}
          onChange={(e) => navigate(`/review${query({ case: e.currentTarget.value, status })}`)}
        >
          {cases.map((c) => (
            <option key={c.id} value={c.slug}>
              {c.title}
            </option>
          ))}
        </select>
      </p>
      <UploadForm caseId={kase.id} onIngested={refresh} />
      <nav className="tabs" aria-label={t('review.byStatus')}>
        {STATUSES.map((s) => (
          <Link key={s} href={here(s)} aria-current={s === status ? 'page' : undefined}>
            {label('proposalStatus', s)}
          </Link>
        ))}
      </nav>
      {status === 'pending' && <AcceptAll caseId={kase.id} onDone={refresh} />}
      <Loaded value={proposals}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('review.empty')}</Empty>
          ) : (
            <>
              <p className="muted">{t('review.shortcuts')}</p>
              <ol className="plain proposals">
                {list.slice(0, 200).map((p) => (
                  <ProposalCard
                    key={p.id}
                    proposal={p}
                    document={{ id: p.documentId, title: titles.get(p.documentId) ?? t('review.document') }}
                    onDone={() => {
                      refresh();
                      navigate(here(status), { replace: true });
                    }}
                  />
                ))}
              </ol>
            </>
          )
        }
      </Loaded>
    </>
  );
}

export function ReviewPage({ search }: { search: URLSearchParams }) {
  const { t } = useI18n();
  const status = search.get('status') ?? 'pending';
  const slug = search.get('case');
  const cases = useFetch<Case[]>('/api/cases');
  return (
    <>
      <header className="page-header">
        <h1>{t('review.title')}</h1>
        <p className="lede">{t('review.lede')}</p>
      </header>
      <Loaded value={cases}>
        {(list) => {
          const kase = list.find((c) => c.slug === slug) ?? list[0];
          return kase ? (
            <CaseReview kase={kase} cases={list} status={status} />
          ) : (
            <Empty>{t('review.noCase')}</Empty>
          );
        }}
      </Loaded>
    </>
  );
}
