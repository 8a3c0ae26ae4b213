/**
 * One proposal of extraction (incident, figure or actor) with the sentence it came from and the reviewer's
 * actions: accept (or merge into the incident it probably describes) and reject with a reason. Shared by the
 * review queue and the document page; `useProposalActions` lets a page trigger the same actions from its own
 * keyboard shortcuts.
 */
import { type KeyboardEvent, useState } from 'react';
import { postJson } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';
import { ErrorState } from './status.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

export interface Proposal {
  id: string;
  documentId: string;
  kind: string;
  status: string;
  payload: Json;
  recordId: string | null;
  version: number;
}

/** What the proposal proposes: the incident, figure or actor inside its payload. */
export function proposalBody(proposal: Proposal): Json {
  const body = proposal.payload[proposal.kind];
  return isObject(body) ? body : proposal.payload;
}

/** The passages a proposal came from, main one first: its quote with the offsets extraction gave (if any). */
export function proposalPassages(proposal: Proposal): { quote: string; span: [number, number] | null }[] {
  const body = proposalBody(proposal);
  const one = (item: Json) => {
    const span = Array.isArray(item.span) ? (item.span as unknown[]) : [];
    const [start, end] = span;
    return {
      quote: text(item.quote),
      span:
        typeof start === 'number' && typeof end === 'number' && start <= end
          ? ([start, end] as [number, number])
          : null,
    };
  };
  const supporting = Array.isArray(body.supporting) ? body.supporting.filter(isObject) : [];
  return [one(body), ...supporting.map(one)].filter((p) => p.quote !== '' || p.span !== null);
}

export type ProposalAction = 'accept' | 'reject';

export interface ProposalActions {
  act: (action: ProposalAction, options?: { asNew?: boolean }) => void;
  busy: boolean;
  error: unknown;
}

/** Accept / reject one proposal (reject asks for a reason); `onDone` runs after the server agreed. */
export function useProposalActions(proposal: Proposal, onDone: () => void): ProposalActions {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const act = (action: ProposalAction, options: { asNew?: boolean } = {}) => {
    if (busy || proposal.status !== 'pending') return;
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
    ).then(
      () => {
        setBusy(false);
        onDone();
      },
      (e: unknown) => {
        setError(e);
        setBusy(false);
      },
    );
  };
  return { act, busy, error };
}

export function ProposalCard({
  proposal,
  onDone,
  actions,
  document,
}: {
  proposal: Proposal;
  onDone: () => void;
  /** The page's own actions for this proposal (so its shortcuts and these buttons share one state). */
  actions?: ProposalActions;
  /** The document it came from, linked to its page. */
  document?: { id: string; title: string };
}) {
  const { t, label, formatDate } = useI18n();
  const own = useProposalActions(proposal, onDone);
  const { act, busy, error } = actions ?? own;
  const body = proposalBody(proposal);
  const start = text(body.date_start);
  const end = text(body.date_end);
  const match = isObject(proposal.payload.match) ? proposal.payload.match : null;
  const pending = proposal.status === 'pending';
  // a / r on the focused proposal (not while typing in one of its fields).
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!pending || busy || event.target !== event.currentTarget) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key !== 'a' && event.key !== 'r') return;
    // The page's own shortcuts (document page) must not act a second time.
    event.preventDefault();
    act(event.key === 'a' ? 'accept' : 'reject');
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
      {document && (
        <p className="proposal-document muted">
          {t('review.fromDocument')} <Link href={`/documents/${document.id}`}>{document.title}</Link>
        </p>
      )}
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
