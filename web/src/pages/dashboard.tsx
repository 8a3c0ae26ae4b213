/**
 * The case dashboard: key figures with who reported them, charts by day, type and perpetrator kind, figures
 * over time and allegations by stage, all computed by the server for the whole case in one request
 * (GET /api/cases/:id/stats). The timeline and the map draw incidents themselves, so on a very large case
 * they show the latest 1,000 and say so.
 */
import { useCallback, useMemo } from 'react';
import { IncidentCharts } from '../components/incident-charts.js';
import { IncidentMap } from '../components/incident-map.js';
import { PlotFigure } from '../components/plot-figure.js';
import { CasePanels } from './case-panels.js';
import { Empty, Loaded } from '../components/status.js';
import { Timeline } from '../components/timeline.js';
import { type Case, type CaseStats, type Incident, type KeyFigure, type Page, query } from '../lib/api.js';
import { type MessageKey, useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';

/**
 * Incidents drawn on the timeline and the map; the list pages through all of them. A small first batch
 * draws the page quickly on a large case; the fuller sample replaces it when it arrives.
 */
const FIRST_SAMPLE = 150;
const SAMPLE = 1000;
/** Figures a card shows; the figures page has the rest. */
const PER_CARD = 3;

const CARD_TITLES: Record<CaseStats['keyFigures'][number]['measure'], MessageKey> = {
  killed: 'figures.killed',
  injured: 'figures.injured',
  detained: 'figures.detained',
  journalists: 'figures.journalists',
};

/** Who reported a figure: the one the source names, else the document that states it in its own voice. */
function Reporter({ figure }: { figure: KeyFigure }) {
  const { t, formatDate } = useI18n();
  const when = figure.asOf ? formatDate(figure.asOf) : '—';
  if (figure.reportedBy) return <>{t('figures.reportedBy', { who: figure.reportedBy, when })}</>;
  if (figure.source || figure.document)
    return <>{t('figures.statedIn', { document: figure.source ?? figure.document ?? '', when })}</>;
  return <>{t('figures.reportedBy', { who: t('figures.unknownReporter'), when })}</>;
}

function KeyFigures({ stats }: { stats: CaseStats }) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="key-figures">
      {stats.keyFigures.map((group) => (
        <section key={group.measure} className="card figure-card" aria-label={t(CARD_TITLES[group.measure])}>
          <h3>{t(CARD_TITLES[group.measure])}</h3>
          {group.items.length === 0 ? (
            <p className="muted">{t('figures.noneReported')}</p>
          ) : (
            <ul className="plain">
              {group.items.map((f) => (
                <li key={f.id}>
                  <span className="big-number">{formatNumber(f.value)}</span>{' '}
                  <span className="what">{f.what}</span>
                  <span className="source">
                    <Reporter figure={f} />
                  </span>
                </li>
              ))}
            </ul>
          )}
          {group.measure === 'journalists' && stats.incidents.journalists > 0 && (
            <p className="muted">
              {t('figures.journalistIncidents', { n: formatNumber(stats.incidents.journalists) })}
            </p>
          )}
          {group.total > group.items.length && (
            <p className="more">
              <Link href="/figures">
                {t('figures.more', { n: formatNumber(group.total - group.items.length) })}
              </Link>
            </p>
          )}
        </section>
      ))}
      <section className="card figure-card" aria-label={t('figures.inRecord')}>
        <h3>{t('figures.inRecord')}</h3>
        <p>
          <span className="big-number">{formatNumber(stats.incidents.total)}</span> {t('figures.incidents')}
        </p>
        <p className="muted">
          {t('figures.recordHarm', {
            killed: formatNumber(stats.incidents.killed),
            injured: formatNumber(stats.incidents.injured),
          })}
        </p>
      </section>
      <section className="card figure-card" aria-label={t('figures.investigated')}>
        <h3>{t('figures.investigated')}</h3>
        <p>
          <span className="big-number">{formatNumber(stats.allegations.investigated)}</span>{' '}
          {t('figures.ofAllegations', { n: formatNumber(stats.allegations.total) })}
        </p>
        <p className="more">
          <Link href="/accountability">{t('board.open')}</Link>
        </p>
      </section>
    </div>
  );
}

function AllegationStages({ stats }: { stats: CaseStats }) {
  const { t, label, formatNumber } = useI18n();
  if (stats.allegations.total === 0)
    return <p className="state state-empty">{t('panel.noAllegationsInCase')}</p>;
  return (
    <dl className="stages">
      {stats.allegations.byStage.map(({ stage, count }) => (
        <div key={stage}>
          <dt>{label('stage', stage)}</dt>
          <dd>{formatNumber(count)}</dd>
        </div>
      ))}
    </dl>
  );
}

function FiguresOverTime({ series }: { series: CaseStats['figureSeries'] }) {
  const { t, locale, formatNumber } = useI18n();
  const rows = useMemo(
    () => series.map((f) => ({ date: new Date(`${f.asOf}T00:00:00Z`), value: f.value, what: f.what })),
    [series],
  );
  const build = useCallback(
    (Plot: typeof import('@observablehq/plot')) =>
      Plot.plot({
        width: 900,
        height: 300,
        marginLeft: 50,
        marginRight: 40,
        // Counts from 1 to thousands share one chart: a log scale keeps the small ones readable.
        y: { grid: true, type: 'log', label: t('chart.value'), tickFormat: (d: number) => formatNumber(d) },
        x: {
          type: 'utc',
          label: null,
          tickFormat: (d: Date) =>
            d.toLocaleDateString(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
        },
        color: { legend: true, scheme: 'tableau10' },
        // Lines and value labels help a handful of figures and hide hundreds: draw them only when few.
        marks: [
          rows.length <= 60 ? Plot.lineY(rows, { x: 'date', y: 'value', stroke: 'what' }) : null,
          Plot.dot(rows, { x: 'date', y: 'value', fill: 'what', r: rows.length <= 60 ? 4 : 2 }),
          Plot.text(rows.length <= 30 ? rows : [], {
            x: 'date',
            y: 'value',
            text: (d: { value: number }) => formatNumber(d.value),
            dx: 8,
            textAnchor: 'start',
          }),
        ],
      }),
    [rows, t, locale, formatNumber],
  );
  if (rows.length === 0) return <Empty>{t('figures.empty')}</Empty>;
  return <PlotFigure build={build} label={t('dashboard.figuresOverTime')} />;
}

function CaseDashboard({ kase }: { kase: Case }) {
  const { t, formatNumber } = useI18n();
  // The embedded database answers one query at a time: the first incidents (the timeline is what a reader
  // looks at first), then the case's numbers, then the fuller sample for the timeline and the map.
  const first = useFetch<Page<Incident>>(`/api/incidents${query({ caseId: kase.id, limit: FIRST_SAMPLE })}`);
  const stats = useFetch<CaseStats>(
    first.state === 'loading' ? null : `/api/cases/${kase.id}/stats${query({ limit: PER_CARD })}`,
  );
  const more = first.state === 'ready' && first.data.total > first.data.items.length;
  const full = useFetch<Page<Incident>>(
    more && stats.state !== 'loading' ? `/api/incidents${query({ caseId: kase.id, limit: SAMPLE })}` : null,
  );
  const incidents = full.state === 'ready' ? full : first;
  return (
    <>
      <header className="page-header">
        <h1>{kase.title}</h1>
        {kase.description && <p className="lede">{kase.description}</p>}
      </header>
      <section aria-labelledby="key-figures">
        <h2 id="key-figures">{t('dashboard.keyFigures')}</h2>
        <Loaded value={stats}>{(data) => <KeyFigures stats={data} />}</Loaded>
      </section>
      <Loaded value={incidents}>
        {(page) => (
          <>
            {page.total > page.items.length && (
              <p className="notice">
                {t('dashboard.sampled', {
                  shown: formatNumber(page.items.length),
                  total: formatNumber(page.total),
                })}
              </p>
            )}
            {page.total === 0 ? (
              <Empty>{t('dashboard.noIncidents')}</Empty>
            ) : (
              <>
                <section aria-labelledby="timeline">
                  <h2 id="timeline">{t('timeline.title')}</h2>
                  <Timeline incidents={page.items} />
                </section>
                <div className="two-columns">
                  <section aria-labelledby="map">
                    <h2 id="map">{t('map.title')}</h2>
                    <IncidentMap incidents={page.items} />
                  </section>
                  <section aria-labelledby="charts">
                    <h2 id="charts">{t('dashboard.charts')}</h2>
                    <Loaded value={stats}>{(data) => <IncidentCharts stats={data} />}</Loaded>
                  </section>
                </div>
              </>
            )}
          </>
        )}
      </Loaded>
      <section aria-labelledby="over-time">
        <h2 id="over-time">{t('dashboard.figuresOverTime')}</h2>
        <Loaded value={stats}>{(data) => <FiguresOverTime series={data.figureSeries} />}</Loaded>
      </section>
      <section aria-labelledby="stages">
        <h2 id="stages">{t('panel.allegations')}</h2>
        <Loaded value={stats}>{(data) => <AllegationStages stats={data} />}</Loaded>
        <p>
          <Link href="/accountability">{t('board.open')}</Link>
        </p>
      </section>
      {/* Case-wide panels wait for the rest: one of them, in view at once, would hold the database. */}
      {stats.state === 'ready' && incidents.state === 'ready' && <CasePanels caseId={kase.id} />}
      <p>
        <Link href={`/incidents${query({ caseId: kase.id })}`}>{t('dashboard.allIncidents')}</Link>
      </p>
    </>
  );
}

export function Dashboard({ caseSlug }: { caseSlug: string | null }) {
  const { t } = useI18n();
  const cases = useFetch<Case[]>('/api/cases');
  return (
    <Loaded value={cases}>
      {(list) => {
        if (list.length === 0) return <Empty>{t('dashboard.noCases')}</Empty>;
        const kase = list.find((c) => c.slug === caseSlug) ?? list[0]!;
        return (
          <>
            {list.length > 1 && (
              <nav className="case-switch" aria-label={t('dashboard.cases')}>
                {list.map((c) => (
                  <Link
                    key={c.id}
                    href={`/?case=${encodeURIComponent(c.slug)}`}
                    aria-current={c.id === kase.id ? 'page' : undefined}
                  >
                    {c.title}
                  </Link>
                ))}
              </nav>
            )}
            <CaseDashboard key={kase.id} kase={kase} />
          </>
        );
      }}
    </Loaded>
  );
}
