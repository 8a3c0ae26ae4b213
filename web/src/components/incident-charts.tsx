/** Incidents by day (stacked by type) and by type, drawn with Observable Plot in the interface language. */
import { useCallback, useMemo } from 'react';
import type { Incident } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { PlotFigure } from './plot-figure.js';

type PlotModule = typeof import('@observablehq/plot');

/** Tick labels for counts: whole numbers only. */
export const wholeNumbers = (d: number) => (Number.isInteger(d) ? String(d) : '');

export function IncidentCharts({ incidents }: { incidents: Incident[] }) {
  const { t, label, locale } = useI18n();
  const rows = useMemo(
    () =>
      incidents
        .filter((i) => i.dateStart)
        .map((i) => ({ day: new Date(`${i.dateStart}T00:00:00Z`), type: label('eventType', i.eventType) })),
    [incidents, label],
  );
  // Both charts give a type the same colour.
  const types = useMemo(
    () => [...new Set(rows.map((r) => r.type))].sort((a, b) => a.localeCompare(b, locale)),
    [rows, locale],
  );
  // Many days would make hair-thin bars: group by week, or by month, when the range is long.
  const bucketed = useMemo(() => {
    const times = rows.map((r) => r.day.getTime());
    const span = (Math.max(...times) - Math.min(...times)) / 86_400_000;
    const unit: 'day' | 'week' | 'month' = span <= 40 ? 'day' : span <= 280 ? 'week' : 'month';
    const bucket = (d: Date) =>
      unit === 'day'
        ? d
        : unit === 'week'
          ? new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000)
          : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
    return { unit, rows: rows.map((r) => ({ ...r, day: bucket(r.day) })) };
  }, [rows]);
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
            i % Math.max(1, Math.ceil(new Set(bucketed.rows.map((r) => r.day.getTime())).size / 12)) !== 0
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
        marks: [
          Plot.barY(bucketed.rows, Plot.groupX({ y: 'count' }, { x: 'day', fill: 'type' })),
          Plot.ruleY([0]),
        ],
      }),
    [bucketed, t, locale, types],
  );
  const byType = useCallback(
    (Plot: PlotModule) =>
      Plot.plot({
        width: 600,
        height: Math.max(120, 28 * types.length + 40),
        marginLeft: 280,
        x: { grid: true, label: t('chart.incidents'), tickFormat: wholeNumbers },
        y: { label: null },
        color: { domain: types, scheme: 'tableau10' },
        marks: [
          Plot.barX(rows, Plot.groupY({ x: 'count' }, { y: 'type', fill: 'type', sort: { y: '-x' } })),
          Plot.ruleX([0]),
        ],
      }),
    [rows, t, types],
  );
  if (rows.length === 0) return <p className="state state-empty">{t('chart.empty')}</p>;
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
    </div>
  );
}
