/**
 * The case dashboard: key figures with who reported them, figures over time, a timeline, charts and a map
 * of the case's incidents. With a very large case the visual parts use the latest 1,000 incidents and say so.
 */
import { useCallback, useMemo } from 'react';
import { IncidentCharts } from '../components/incident-charts.js';
import { IncidentMap } from '../components/incident-map.js';
import { PlotFigure } from '../components/plot-figure.js';
import { CasePanels } from './case-panels.js';
import { Empty, Loaded } from '../components/status.js';
import { Timeline } from '../components/timeline.js';
import { type Case, type Figure, type Incident, type Page, query } from '../lib/api.js';
import { type MessageKey, useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';

/**
 * Incidents drawn on the timeline, map and charts; the list pages through all of them. A small first batch
 * draws the page quickly on a large case; the fuller sample replaces it when it arrives.
 */
const FIRST_SAMPLE = 150;
const SAMPLE = 1000;

const KEY_GROUPS: { key: MessageKey; test: RegExp }[] = [
  { key: 'figures.killed', test: /kill|death|dead|died/i },
  { key: 'figures.injured', test: /injur|wound|treated/i },
  { key: 'figures.journalists', test: /journalist|press|media/i },
];

function KeyFigures({ figures, incidents }: { figures: Figure[]; incidents: Page<Incident> }) {
  const { t, formatNumber, formatDate } = useI18n();
  const sum = (pick: (i: Incident) => number | null) =>
    incidents.items.reduce((n, i) => n + (pick(i) ?? 0), 0);
  return (
    <div className="key-figures">
      {KEY_GROUPS.map((group) => {
        const all = figures.filter((f) => group.test.test(`${f.measureKey ?? ''} ${f.what}`));
        // A card shows the three most recent; the figures page has the rest.
        const matching = [...all].sort((a, b) => (b.asOf ?? '').localeCompare(a.asOf ?? '')).slice(0, 3);
        return (
          <section key={group.key} className="card figure-card" aria-label={t(group.key)}>
            <h3>{t(group.key)}</h3>
            {matching.length === 0 ? (
              <p className="muted">{t('figures.noneReported')}</p>
            ) : (
              <ul className="plain">
                {matching.map((f) => (
                  <li key={f.id}>
                    <span className="big-number">{formatNumber(f.value)}</span>{' '}
                    <span className="what">{f.what}</span>
                    <span className="source">
                      {t('figures.reportedBy', {
                        who: f.reportedBy ?? t('figures.unknownReporter'),
                        when: f.asOf ? formatDate(f.asOf) : '—',
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {all.length > matching.length && (
              <p className="more">
                <Link href="/figures">
                  {t('figures.more', { n: formatNumber(all.length - matching.length) })}
                </Link>
              </p>
            )}
          </section>
        );
      })}
      <section className="card figure-card" aria-label={t('figures.inRecord')}>
        <h3>{t('figures.inRecord')}</h3>
        <p>
          <span className="big-number">{formatNumber(incidents.total)}</span> {t('figures.incidents')}
        </p>
        <p className="muted">
          {t('figures.recordHarm', {
            killed: formatNumber(sum((i) => i.killed)),
            injured: formatNumber(sum((i) => i.injured)),
          })}
        </p>
      </section>
    </div>
  );
}

function FiguresOverTime({ figures }: { figures: Figure[] }) {
  const { t, locale, formatNumber } = useI18n();
  const rows = useMemo(
    () =>
      figures
        .filter((f) => f.asOf && f.value > 0)
        // Thousands of points say less than a few hundred: keep the most recent.
        .sort((a, b) => (b.asOf ?? '').localeCompare(a.asOf ?? ''))
        .slice(0, 300)
        .map((f) => ({ date: new Date(`${f.asOf}T00:00:00Z`), value: f.value, what: f.what })),
    [figures],
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
  const first = useFetch<Page<Incident>>(`/api/incidents${query({ caseId: kase.id, limit: FIRST_SAMPLE })}`);
  const more = first.state === 'ready' && first.data.total > first.data.items.length;
  const full = useFetch<Page<Incident>>(
    more ? `/api/incidents${query({ caseId: kase.id, limit: SAMPLE })}` : null,
  );
  const incidents = full.state === 'ready' ? full : first;
  // Figures wait for the incidents: the embedded database answers one query at a time, and the timeline
  // is what a researcher looks at first.
  const figures = useFetch<Figure[]>(
    first.state === 'loading' || (more && full.state === 'loading')
      ? null
      : `/api/figures${query({ caseId: kase.id })}`,
  );
  return (
    <>
      <header className="page-header">
        <h1>{kase.title}</h1>
        {kase.description && <p className="lede">{kase.description}</p>}
      </header>
      <Loaded value={incidents}>
        {(page) => (
          <>
            <section aria-labelledby="key-figures">
              <h2 id="key-figures">{t('dashboard.keyFigures')}</h2>
              <Loaded value={figures}>{(list) => <KeyFigures figures={list} incidents={page} />}</Loaded>
            </section>
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
                    <IncidentCharts incidents={page.items} />
                  </section>
                </div>
              </>
            )}
            <section aria-labelledby="over-time">
              <h2 id="over-time">{t('dashboard.figuresOverTime')}</h2>
              <Loaded value={figures}>{(list) => <FiguresOverTime figures={list} />}</Loaded>
            </section>
            <CasePanels caseId={kase.id} />
            <p>
              <Link href={`/incidents${query({ caseId: kase.id })}`}>{t('dashboard.allIncidents')}</Link>
            </p>
          </>
        )}
      </Loaded>
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
