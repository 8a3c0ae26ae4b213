/**
 * The review queue: what extraction proposed from ingested documents (incidents, figures, actors), each with
 * the sentence it came from. A reviewer accepts a proposal into the record or rejects it with a reason.
 * Shown only when the server has the proposals routes.
 */
import { type KeyboardEvent, useState } from 'react';
import { Empty, ErrorState, Loaded } from '../components/status.js';
import { type Case, postJson, query } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { Link, navigate } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';
import { UploadForm } from './upload-form.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

interface Proposal {
  id: string;
  documentId: string;
  kind: string;
  status: string;
  payload: Json;
  recordId: string | null;
  version: number;
}

const STATUSES = ['pending', 'accepted', 'rejected', 'merged'] as const;

function ProposalCard({ proposal, onDone }: { proposal: Proposal; onDone: () => void }) {
  const { t, label, formatDate } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const body = isObject(proposal.payload[proposal.kind])
    ? (proposal.payload[proposal.kind] as Json)
    : proposal.payload;
  const act = (action: 'accept' | 'reject', options: { asNew?: boolean } = {}) => {
    setBusy(true);
    setError(null);
    const reason = action === 'reject' ? window.prompt(t('review.reason')) : null;
    if (action === 'reject' && reason === null) {
      setBusy(false);
      return;
    }
    postJson(
      `/api/proposals/${proposal.id}/${action}`,
      action === 'reject' ? { reason: reason || undefined } : options,
    ).then(onDone, (e: unknown) => {
      setError(e);
      setBusy(false);
    });
  };
  const start = text(body.date_start);
  const end = text(body.date_end);
  const match = isObject(proposal.payload.match) ? proposal.payload.match : null;
  const pending = proposal.status === 'pending';
  // a / r on the focused proposal (not while typing in one of its fields).
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!pending || busy || event.target !== event.currentTarget) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'a') act('accept');
    else if (event.key === 'r') act('reject');
  };
  return (
    <li
      className="card proposal"
      tabIndex={pending ? 0 : undefined}
      aria-keyshortcuts={pending ? 'a r' : undefined}
      onKeyDown={onKeyDown}
    >
      <p className="proposal-head">
        <span className="badge">{label('proposalKind', proposal.kind)}</span>
        <span className={`status status-${proposal.status}`}>{label('proposalStatus', proposal.status)}</span>
        {text(body.event_type) && <strong> {label('eventType', text(body.event_type))}</strong>}
        {start && (
          <span className="muted">
            {' '}
            · {end && end !== start ? `${formatDate(start)} – ${formatDate(end)}` : formatDate(start)}
          </span>
        )}
        {text(body.city) && <span className="muted"> · {text(body.city)}</span>}
        {text(body.value) && (
          <strong>
            {' '}
            {text(body.value)} {text(body.what)}
          </strong>
        )}
        {text(body.name) && <strong> {text(body.name)}</strong>}
      </p>
      {text(body.quote) && <blockquote>{text(body.quote)}</blockquote>}
      {match && text(match.incidentId) && (
        <p className="proposal-match">
          {t('review.match')} <Link href={`/incidents/${text(match.incidentId)}`}>{text(match.title)}</Link>
        </p>
      )}
      {pending ? (
        <div className="proposal-actions">
          <button type="button" disabled={busy} onClick={() => act('accept')}>
            {match ? t('review.acceptMerge') : t('review.accept')}
          </button>
          {match && (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => act('accept', { asNew: true })}
            >
              {t('review.acceptNew')}
            </button>
          )}
          <button type="button" className="secondary" disabled={busy} onClick={() => act('reject')}>
            {t('review.reject')}
          </button>
        </div>
      ) : (
        proposal.recordId &&
        proposal.kind === 'incident' && (
          <Link href={`/incidents/${proposal.recordId}`}>{t('review.openRecord')}</Link>
        )
      )}
      {error !== null && <ErrorState error={error} />}
    </li>
  );
}

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
