/**
 * The review queue: what extraction proposed from ingested documents (incidents, figures, actors), each with
 * the sentence it came from. A reviewer accepts a proposal into the record or rejects it with a reason.
 * Shown only when the server has the proposals routes.
 */
import { useState } from 'react';
import { Empty, ErrorState, Loaded } from '../components/status.js';
import { postJson, query } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { Link, navigate } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';

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
  const act = (action: 'accept' | 'reject') => {
    setBusy(true);
    setError(null);
    const reason = action === 'reject' ? window.prompt(t('review.reason')) : null;
    if (action === 'reject' && reason === null) {
      setBusy(false);
      return;
    }
    postJson(
      `/api/proposals/${proposal.id}/${action}`,
      action === 'reject' ? { reason: reason || undefined } : {},
    ).then(onDone, (e: unknown) => {
      setError(e);
      setBusy(false);
    });
  };
  const start = text(body.date_start);
  const end = text(body.date_end);
  return (
    <li className="card proposal">
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
      {proposal.status === 'pending' ? (
        <div className="proposal-actions">
          <button type="button" disabled={busy} onClick={() => act('accept')}>
            {t('review.accept')}
          </button>
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

export function ReviewPage({ search }: { search: URLSearchParams }) {
  const { t, label } = useI18n();
  const status = search.get('status') ?? 'pending';
  const [reload, setReload] = useState(0);
  // The fragment only changes the key, so a decision reloads the list.
  const proposals = useFetch<Proposal[]>(`/api/proposals${query({ status })}#${reload}`);
  return (
    <>
      <header className="page-header">
        <h1>{t('review.title')}</h1>
        <p className="lede">{t('review.lede')}</p>
      </header>
      <nav className="tabs" aria-label={t('review.byStatus')}>
        {STATUSES.map((s) => (
          <Link
            key={s}
            href={`/review${query({ status: s })}`}
            aria-current={s === status ? 'page' : undefined}
          >
            {label('proposalStatus', s)}
          </Link>
        ))}
      </nav>
      <Loaded value={proposals}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('review.empty')}</Empty>
          ) : (
            <ol className="plain proposals">
              {list.slice(0, 200).map((p) => (
                <ProposalCard
                  key={p.id}
                  proposal={p}
                  onDone={() => {
                    setReload((n) => n + 1);
                    navigate(`/review${query({ status })}`, { replace: true });
                  }}
                />
              ))}
            </ol>
          )
        }
      </Loaded>
    </>
  );
}
