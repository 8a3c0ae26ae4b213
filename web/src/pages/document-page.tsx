/**
 * One document: its extracted text with every proposal made from it highlighted (as <mark>) where it came
 * from. Clicking a highlight, or Enter on it, shows its proposal beside the text with the review queue's
 * accept / reject actions. Keyboard: j / k next / previous proposal, a accepts, r rejects.
 * The text is rendered as text, never as HTML.
 */
import {
  Fragment,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { locateQuote } from '../../../src/shared/locate-quote.js';
import {
  type Proposal,
  ProposalCard,
  proposalBody,
  proposalPassages,
  useProposalActions,
} from '../components/proposal-card.js';
import { Empty, Loaded } from '../components/status.js';
import { type Case, query } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';
import { useReloadable } from '../lib/use-reloadable.js';
import '../document.css';

interface DocumentWithText {
  id: string;
  caseId: string | null;
  kind: string;
  title: string;
  url: string | null;
  language: string | null;
  publishedOn: string | null;
  fileName: string | null;
  text: string;
  pages: { n: number; start: number; end: number }[];
}

type Range = [number, number];

/** Where a passage stands in the text: its offsets when they hold its quote, else where the quote is found. */
export function placePassage(text: string, passage: { quote: string; span: Range | null }): Range | null {
  const { quote, span } = passage;
  if (span && span[1] <= text.length && (quote === '' || text.slice(span[0], span[1]) === quote)) return span;
  if (quote === '') return null;
  const exact = text.indexOf(quote);
  if (exact >= 0) return [exact, exact + quote.length];
  return locateQuote(text, quote);
}

interface Placed {
  proposal: Proposal;
  /** Where its passages stand, main one first; empty when none was found in the text. */
  ranges: Range[];
}

interface Segment {
  start: number;
  end: number;
  /** Indexes (into the placed list) of the proposals whose passages cover this piece of text. */
  covering: number[];
  /** A page starts here (documents with several pages). */
  page: number | null;
}

/** Cuts the text at every passage edge and page start; each piece knows which proposals cover it. */
function segment(text: string, placed: Placed[], pages: DocumentWithText['pages']): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  const pageAt = new Map<number, number>();
  if (pages.length > 1)
    for (const page of pages) {
      if (page.start > 0 && page.start < text.length) {
        cuts.add(page.start);
        pageAt.set(page.start, page.n);
      }
    }
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  placed.forEach((p, i) => {
    for (const [start, end] of p.ranges) {
      if (end <= start) continue;
      cuts.add(start);
      cuts.add(end);
      opens.set(start, [...(opens.get(start) ?? []), i]);
      closes.set(end, [...(closes.get(end) ?? []), i]);
    }
  });
  const sorted = [...cuts].sort((a, b) => a - b);
  const active = new Map<number, number>();
  const segments: Segment[] = [];
  for (let k = 0; k < sorted.length - 1; k++) {
    const start = sorted[k] ?? 0;
    const end = sorted[k + 1] ?? 0;
    for (const i of closes.get(start) ?? []) {
      const n = (active.get(i) ?? 0) - 1;
      if (n > 0) active.set(i, n);
      else active.delete(i);
    }
    for (const i of opens.get(start) ?? []) active.set(i, (active.get(i) ?? 0) + 1);
    segments.push({
      start,
      end,
      covering: [...active.keys()].sort((a, b) => a - b),
      page: pageAt.get(start) ?? null,
    });
  }
  return segments;
}

/** True when a key press is meant for a field (or carries a modifier), not for the page's shortcuts. */
function notAShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return true;
  const target = event.target as HTMLElement | null;
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target?.isContentEditable === true
  );
}

function summary(proposal: Proposal, label: (group: string, id: string) => string): string {
  const body = proposalBody(proposal);
  const name = [body.name, body.value, body.what, body.event_type]
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .map((v) => (v === body.event_type ? label('eventType', String(v)) : String(v)))
    .join(' ');
  return `${label('proposalKind', proposal.kind)}${name ? `: ${name}` : ''}`;
}

/** The chosen proposal beside the text, with its actions; a / r act on it from anywhere on the page. */
function ProposalPanel({
  placed,
  index,
  onDone,
  onChoose,
}: {
  placed: Placed[];
  index: number;
  onDone: () => void;
  onChoose: (index: number) => void;
}) {
  const { t, label } = useI18n();
  const current = placed[index];
  const proposal = current?.proposal;
  const actions = useProposalActions(proposal ?? placed[0]!.proposal, onDone);
  const { act } = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (notAShortcut(event) || (event.key !== 'a' && event.key !== 'r')) return;
      event.preventDefault();
      act(event.key === 'a' ? 'accept' : 'reject');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act]);
  if (!current || !proposal) return null;
  const main = current.ranges[0];
  const same = main
    ? placed
        .map((p, i) => ({ p, i }))
        .filter(({ p, i }) => i !== index && p.ranges[0]?.[0] === main[0] && p.ranges[0][1] === main[1])
    : [];
  return (
    <>
      <p className="muted" aria-live="polite">
        {t('document.position', { i: index + 1, n: placed.length })}
        {current.ranges.length === 0 && ` · ${t('document.notPlaced')}`}
      </p>
      <ul className="plain proposals">
        <ProposalCard proposal={proposal} onDone={onDone} actions={actions} />
      </ul>
      {same.length > 0 && (
        <>
          <h3>{t('document.samePassage')}</h3>
          <ul className="plain same-passage">
            {same.map(({ p, i }) => (
              <li key={p.proposal.id}>
                <button type="button" className="secondary" onClick={() => onChoose(i)}>
                  {summary(p.proposal, label)}
                </button>{' '}
                <span className={`status status-${p.proposal.status}`}>
                  {label('proposalStatus', p.proposal.status)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function DocumentReader({
  document: doc,
  proposals,
  reload,
}: {
  document: DocumentWithText;
  proposals: Proposal[];
  reload: () => void;
}) {
  const { t, label } = useI18n();
  // In reading order; proposals whose passage is not in the text come last.
  const placed = useMemo<Placed[]>(() => {
    const list = proposals.map((proposal) => ({
      proposal,
      ranges: proposalPassages(proposal)
        .map((passage) => placePassage(doc.text, passage))
        .filter((r): r is Range => r !== null),
    }));
    const rank: Record<string, number> = { incident: 0, figure: 1, actor: 2 };
    return list.sort(
      (a, b) =>
        (a.ranges[0]?.[0] ?? Infinity) - (b.ranges[0]?.[0] ?? Infinity) ||
        (rank[a.proposal.kind] ?? 3) - (rank[b.proposal.kind] ?? 3),
    );
  }, [doc.text, proposals]);
  const segments = useMemo(() => segment(doc.text, placed, doc.pages), [doc.text, placed, doc.pages]);
  // The piece of text each proposal is reached at (the start of its main passage).
  const anchors = useMemo(() => {
    const at = new Map<number, number>();
    placed.forEach((p, i) => {
      const start = p.ranges[0]?.[0];
      if (start === undefined) return;
      const k = segments.findIndex((s) => s.start === start);
      if (k >= 0) at.set(i, k);
    });
    return at;
  }, [placed, segments]);
  const anchorSegments = useMemo(() => new Set(anchors.values()), [anchors]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const index = chosenId === null ? -1 : placed.findIndex((p) => p.proposal.id === chosenId);
  const marks = useRef(new Map<number, HTMLElement>());
  const panel = useRef<HTMLElement>(null);
  const [focusRound, setFocusRound] = useState(0);

  const choose = (i: number, focus: boolean) => {
    const p = placed[i];
    if (!p) return;
    setChosenId(p.proposal.id);
    if (focus) setFocusRound((n) => n + 1);
  };
  // After j / k: focus the proposal's highlight and bring it into view (or the panel when it has none).
  useEffect(() => {
    if (focusRound === 0 || index < 0) return;
    const k = anchors.get(index);
    const target = (k === undefined ? null : marks.current.get(k)) ?? panel.current;
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'center' });
    // Runs once per j / k press, not when the list reloads.
  }, [focusRound]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (notAShortcut(event) || (event.key !== 'j' && event.key !== 'k') || placed.length === 0) return;
      event.preventDefault();
      const next =
        event.key === 'j' ? Math.min(index + 1, placed.length - 1) : index < 0 ? 0 : Math.max(index - 1, 0);
      choose(next, true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // A click or Enter on a highlight shows the proposal chosen there (the current one if it covers the spot).
  const open = (covering: number[], k: number) => {
    if (covering.includes(index)) return;
    const first = covering.find((i) => anchors.get(i) === k) ?? covering[0];
    if (first !== undefined) choose(first, false);
  };
  const onMarkKey = (event: ReactKeyboardEvent<HTMLElement>, covering: number[], k: number) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    open(covering, k);
  };

  const content: ReactNode[] = segments.map((s, k) => {
    const piece = doc.text.slice(s.start, s.end);
    const page = s.page !== null && (
      <span className="page-start" id={`page-${s.page}`}>
        {t('document.page', { n: s.page })}
      </span>
    );
    if (s.covering.length === 0)
      return (
        <Fragment key={s.start}>
          {page}
          {piece}
        </Fragment>
      );
    const covered = s.covering.map((i) => placed[i]!.proposal);
    const status = covered.some((p) => p.status === 'pending')
      ? 'pending'
      : (covered[0]?.status ?? 'pending');
    const isCurrent = s.covering.includes(index);
    return (
      <Fragment key={s.start}>
        {page}
        <mark
          ref={(el) => {
            if (el) marks.current.set(k, el);
            else marks.current.delete(k);
          }}
          className={`proposal-span span-${status}${isCurrent ? ' span-current' : ''}${covered.length > 1 ? ' span-many' : ''}`}
          data-proposals={covered.map((p) => p.id).join(' ')}
          tabIndex={anchorSegments.has(k) ? 0 : -1}
          title={covered.map((p) => `${summary(p, label)} (${label('proposalStatus', p.status)})`).join('\n')}
          aria-controls="document-proposal"
          aria-current={isCurrent ? 'true' : undefined}
          onClick={() => open(s.covering, k)}
          onKeyDown={(event) => onMarkKey(event, s.covering, k)}
        >
          {piece}
        </mark>
      </Fragment>
    );
  });

  const unplaced = placed.filter((p) => p.ranges.length === 0).length;
  const pending = proposals.filter((p) => p.status === 'pending').length;
  return (
    <>
      <p className="muted">
        {t('document.counts', { n: proposals.length, pending })}
        {unplaced > 0 && ` ${t('document.unplaced', { n: unplaced })}`}
      </p>
      {proposals.length > 0 && <p className="muted">{t('document.shortcuts')}</p>}
      <div className="document-layout">
        <article
          className="document-text card"
          aria-label={t('document.text')}
          lang={doc.language ?? undefined}
        >
          {doc.text === '' ? (
            <Empty>{t('document.noText')}</Empty>
          ) : (
            <div className="document-body">{content}</div>
          )}
        </article>
        <aside
          id="document-proposal"
          className="document-panel"
          aria-labelledby="document-proposal-heading"
          ref={panel}
          tabIndex={-1}
        >
          <h2 id="document-proposal-heading">{t('document.panel')}</h2>
          {proposals.length === 0 ? (
            <Empty>{t('document.none')}</Empty>
          ) : index < 0 ? (
            <p className="muted">{t('document.choose')}</p>
          ) : (
            <ProposalPanel
              key={placed[index]!.proposal.id}
              placed={placed}
              index={index}
              onDone={reload}
              onChoose={(i) => choose(i, true)}
            />
          )}
          {proposals.length > 0 && (
            <p className="document-steps">
              <button
                type="button"
                className="secondary"
                disabled={index <= 0}
                onClick={() => choose(index - 1, true)}
              >
                {t('document.previous')}
              </button>{' '}
              <button
                type="button"
                className="secondary"
                disabled={index >= placed.length - 1}
                onClick={() => choose(index + 1, true)}
              >
                {t('document.next')}
              </button>
            </p>
          )}
        </aside>
      </div>
    </>
  );
}

export function DocumentPage({ id }: { id: string }) {
  const { t, label, formatDate } = useI18n();
  const doc = useFetch<DocumentWithText>(`/api/documents/${id}`);
  const proposals = useReloadable<Proposal[]>(`/api/proposals${query({ documentId: id })}`);
  const cases = useFetch<Case[]>('/api/cases');
  const caseId = doc.state === 'ready' ? doc.data.caseId : null;
  const kase = cases.state === 'ready' ? cases.data.find((c) => c.id === caseId) : undefined;
  return (
    <Loaded value={doc}>
      {(d) => (
        <>
          <header className="page-header">
            <p className="muted">
              <Link href={`/review${kase ? query({ case: kase.slug }) : ''}`}>
                {t('document.backToReview')}
              </Link>
            </p>
            <h1>{d.title}</h1>
            <p className="lede">{t('document.lede')}</p>
            <p className="document-meta muted">
              <span>{label('documentKind', d.kind)}</span>
              {d.fileName && <span>{d.fileName}</span>}
              {d.publishedOn && <span>{t('document.published', { date: formatDate(d.publishedOn) })}</span>}
              {d.url && (
                <a href={d.url} rel="noreferrer noopener" target="_blank" className="external">
                  {d.url}
                </a>
              )}
            </p>
          </header>
          <Loaded value={proposals.value}>
            {(list) => <DocumentReader document={d} proposals={list} reload={proposals.reload} />}
          </Loaded>
        </>
      )}
    </Loaded>
  );
}
