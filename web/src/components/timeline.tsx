/**
 * A timeline of incidents in SVG. A day is a short bar; a night that spans two days is drawn from the
 * evening of the first to the morning of the second; an approximate date is a fuzzy band over its range;
 * month/year/unknown precision is a faint band. Every mark is a link to the incident (keyboard reachable).
 */
import { useMemo } from 'react';
import type { Incident } from '../lib/api.js';
import { incidentSpan, isoOfDay } from '../lib/dates.js';
import { useI18n } from '../lib/i18n.js';

const WIDTH = 1000;
const LANE = 22;
const MAX_LANES = 14;
const AXIS = 28;
/** Room at both ends so the first and last date labels are not cut. */
const PAD = 48;

interface Placed {
  incident: Incident;
  from: number;
  to: number;
  lane: number;
}

/** Packs incidents into lanes so marks never overlap; drops what does not fit in MAX_LANES. */
function layout(incidents: Incident[]): { placed: Placed[]; hidden: number; min: number; max: number } {
  const spans = incidents
    .map((incident) => {
      const span = incidentSpan(incident);
      if (!span) return null;
      let [from, to] = span;
      if (incident.datePrecision === 'night') [from, to] = [from + 0.7, to - 0.7];
      return { incident, from, to };
    })
    .filter((s): s is Omit<Placed, 'lane'> => s !== null)
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const laneEnds: number[] = [];
  const placed: Placed[] = [];
  let hidden = 0;
  for (const span of spans) {
    const lane = laneEnds.findIndex((end) => end <= span.from + 1e-9);
    const index = lane >= 0 ? lane : laneEnds.length < MAX_LANES ? laneEnds.length : -1;
    if (index < 0) {
      hidden++;
      continue;
    }
    laneEnds[index] = span.to;
    placed.push({ ...span, lane: index });
  }
  const min = Math.floor(Math.min(...spans.map((s) => s.from)));
  const max = Math.ceil(Math.max(...spans.map((s) => s.to)));
  return { placed, hidden, min, max };
}

export function Timeline({ incidents }: { incidents: Incident[] }) {
  const { t, label, formatDate } = useI18n();
  const { placed, hidden, min, max } = useMemo(() => layout(incidents), [incidents]);
  if (placed.length === 0) return <p className="state state-empty">{t('timeline.empty')}</p>;
  const days = Math.max(max - min, 1);
  const x = (day: number) => PAD + ((day - min) / days) * (WIDTH - 2 * PAD);
  const lanes = Math.max(...placed.map((p) => p.lane)) + 1;
  const height = AXIS + lanes * LANE + 8;
  const step = Math.max(1, Math.ceil(days / 7));
  const ticks: number[] = [];
  for (let d = min; d <= max; d += step) ticks.push(d);
  return (
    <figure className="timeline">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label={t('timeline.title')}>
        <defs>
          <linearGradient id="fuzzy" x1="0" x2="1" y1="0" y2="0">
            <stop offset="0" className="fuzzy-edge" />
            <stop offset="0.3" className="fuzzy-core" />
            <stop offset="0.7" className="fuzzy-core" />
            <stop offset="1" className="fuzzy-edge" />
          </linearGradient>
        </defs>
        <g className="axis">
          {ticks.map((d) => (
            <g key={d} transform={`translate(${x(d)},0)`}>
              <line y1={AXIS - 6} y2={height} />
              <text y={AXIS - 10} textAnchor="middle">
                {formatDate(isoOfDay(d))}
              </text>
            </g>
          ))}
        </g>
        {placed.map(({ incident, from, to, lane }) => {
          const y = AXIS + lane * LANE + 4;
          const w = Math.max(x(to) - x(from), 4);
          const kind = ['day', 'night', 'approximate'].includes(incident.datePrecision)
            ? incident.datePrecision
            : 'vague';
          const when =
            incident.dateStart === incident.dateEnd || !incident.dateEnd
              ? (incident.dateStart ?? '')
              : `${incident.dateStart ?? '?'} – ${incident.dateEnd}`;
          return (
            <a key={incident.id} href={`/incidents/${incident.id}`} className={`mark mark-${kind}`}>
              <title>{`${incident.title} · ${when} · ${label('datePrecision', incident.datePrecision)}`}</title>
              <rect
                x={x(from) + 1}
                y={y}
                width={Math.max(w - 2, 3)}
                height={LANE - 8}
                rx={kind === 'day' ? 2 : 7}
                fill={kind === 'approximate' ? 'url(#fuzzy)' : undefined}
              />
            </a>
          );
        })}
      </svg>
      <figcaption>
        <span className="key key-day" /> {t('timeline.day')} <span className="key key-night" />{' '}
        {t('timeline.night')} <span className="key key-approximate" /> {t('timeline.approximate')}{' '}
        <span className="key key-vague" /> {t('timeline.vague')}
        {hidden > 0 && <> · {t('timeline.hidden', { count: hidden })}</>}
      </figcaption>
    </figure>
  );
}
