/**
 * Incidents by day (stacked by type), by type and by perpetrator kind, drawn with Observable Plot in the
 * interface language from the counts the server computes for the whole case (GET /api/cases/:id/stats).
 */
import { useCallback, useMemo } from 'react';
import type { CaseStats } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { PlotFigure } from './plot-figure.js';

type PlotModule = typeof import('@observablehq/plot');

/** Tick labels for counts: whole numbers only. */
export const wholeNumbers = (d: number) => (Number.isInteger(d) ? String(d) : '');

const DAY = 86_400_000;

export function IncidentCharts({ stats }: { stats: CaseStats }) {
  const { t, label, locale } = useI18n();
  // Both charts give a type the same colour.
  const types = useMemo(
    () => stats.byType.map((r) => label('eventType', r.type)).sort((a, b) => a.localeCompare(b, locale)),
    [stats, label, locale],
  );
  // Many days would make hair-thin bars: group the day counts by week, or by month, when the range is long.
  const bucketed = useMemo(() => {
    const days = stats.byDay.map((r) => new Date(`${r.day}T00:00:00Z`).getTime());
    const span = days.length ? (Math.max(...days) - Math.min(...days)) / DAY : 0;
    const unit: 'day' | 'week' | 'month' = span <= 40 ? 'day' : span <= 280 ? 'week' : 'month';
    const bucket = (d: Date) =>
      unit === 'day'
        ? d
        : unit === 'week'
          ? new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY)
          : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
    const sums = new Map<string, { day: Date; type: string; count: number }>();
    for (const r of stats.byDay) {
      const day = bucket(new Date(`${r.day}T00:00:00Z`));
      const type = label('eventType', r.type);
      const key = `${day.getTime()} ${type}`;
      const entry = sums.get(key) ?? { day, type, count: 0 };
      entry.count += r.count;
      sums.set(key, entry);
    }
    return {
      unit,
      rows: [...sums.values()],
      bands: new Set([...sums.values()].map((r) => r.day.getTime())).size,
    };
  }, [stats, label]);
  const byDay = useCallback(
    (Plot: PlotModule) =>
      Plot.plot({
        width: 600,
        height: 260,
        marginLeft: 40,
        x: {
          type: 'band',
          label: null,
          // A label for every band would overlap when there are many: keep about twelve.
          tickFormat: (d: Date, i: number) =>
            i % Math.max(1, Math.ceil(bucketed.bands / 12)) !== 0
              ? ''
              : d.toLocaleDateString(
                  locale,
                  bucketed.unit === 'month'
                    ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
                    : { day: 'numeric', month: 'short', timeZone: 'UTC' },
                ),
        },
        y: { grid: true, label: t('chart.incidents'), tickFormat: wholeNumbers },
        color: { domain: types, scheme: 'tableau10' },
        marks: [Plot.barY(bucketed.rows, { x: 'day', y: 'count', fill: 'type' }), Plot.ruleY([0])],
      }),
    [bucketed, t, locale, types],
  );
  const typeRows = useMemo(
    () => stats.byType.map((r) => ({ type: label('eventType', r.type), count: r.count })),
    [stats, label],
  );
  const byType = useCallback(
    (Plot: PlotModule) =>
      Plot.plot({
        width: 600,
        height: Math.max(120, 28 * typeRows.length + 40),
        marginLeft: 280,
        x: { grid: true, label: t('chart.incidents'), tickFormat: wholeNumbers },
        y: { label: null, domain: typeRows.map((r) => r.type) },
        color: { domain: types, scheme: 'tableau10' },
        marks: [Plot.barX(typeRows, { y: 'type', x: 'count', fill: 'type' }), Plot.ruleX([0])],
      }),
    [typeRows, t, types],
  );
  const perpetratorRows = useMemo(
    () =>
      stats.byPerpetratorKind.map((r) => ({
        kind: r.kind ? label('actorKind', r.kind) : t('chart.noPerpetrator'),
        count: r.count,
      })),
    [stats, label, t],
  );
  const byPerpetrator = useCallback(
    (Plot: PlotModule) =>
      Plot.plot({
        width: 600,
        height: Math.max(100, 28 * perpetratorRows.length + 40),
        marginLeft: 280,
        x: { grid: true, label: t('chart.incidents'), tickFormat: wholeNumbers },
        y: { label: null, domain: perpetratorRows.map((r) => r.kind) },
        marks: [Plot.barX(perpetratorRows, { y: 'kind', x: 'count', fill: '#1f5f8b' }), Plot.ruleX([0])],
      }),
    [perpetratorRows, t],
  );
  if (stats.byDay.length === 0 && stats.byType.length === 0)
    return <p className="state state-empty">{t('chart.empty')}</p>;
  return (
    <div className="charts">
      <section aria-labelledby="chart-day">
        <h3 id="chart-day">{t('chart.byDay')}</h3>
        <PlotFigure build={byDay} label={t('chart.byDay')} />
      </section>
      <section aria-labelledby="chart-type">
        <h3 id="chart-type">{t('chart.byType')}</h3>
        <PlotFigure build={byType} label={t('chart.byType')} />
      </section>
      {perpetratorRows.length > 0 && (
        <section aria-labelledby="chart-perpetrator">
          <h3 id="chart-perpetrator">{t('chart.byPerpetrator')}</h3>
          <PlotFigure build={byPerpetrator} label={t('chart.byPerpetrator')} />
        </section>
      )}
    </div>
  );
}
