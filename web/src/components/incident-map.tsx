/**
 * An offline map: country outlines from world-atlas (served by this server as a built asset) drawn with
 * d3-geo, no tile server. Incidents at the same place share one marker, sized by harm (killed weigh more
 * than injured). Geo precision shows in the marker: exact or neighbourhood is a solid dot, a city a dot with a
 * ring, a region or country a dashed halo, because we only know the wider area.
 */
import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-50m.json?url';
import type { Incident } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

const WIDTH = 800;
const HEIGHT = 460;

interface Spot {
  key: string;
  name: string;
  lon: number;
  lat: number;
  precision: string;
  count: number;
  killed: number;
  injured: number;
}

function spots(incidents: Incident[]): { spots: Spot[]; unplaced: number } {
  const byKey = new Map<string, Spot>();
  let unplaced = 0;
  for (const i of incidents) {
    const lat = i.latitude ?? i.place?.latitude ?? null;
    const lon = i.longitude ?? i.place?.longitude ?? null;
    if (lat === null || lon === null) {
      unplaced++;
      continue;
    }
    const key = `${lat.toFixed(3)},${lon.toFixed(3)},${i.geoPrecision}`;
    const spot = byKey.get(key) ?? {
      key,
      name: i.place?.name ?? `${lat.toFixed(2)}, ${lon.toFixed(2)}`,
      lon,
      lat,
      precision: i.geoPrecision,
      count: 0,
      killed: 0,
      injured: 0,
    };
    spot.count++;
    spot.killed += i.killed ?? 0;
    spot.injured += i.injured ?? 0;
    byKey.set(key, spot);
  }
  return { spots: [...byKey.values()], unplaced };
}

type Geo = {
  path: (object: unknown) => string | null;
  project: (lonLat: [number, number]) => [number, number] | null;
  countries: FeatureCollection<Geometry, { name?: string }>;
};

export function IncidentMap({ incidents }: { incidents: Incident[] }) {
  const { t, label, formatNumber } = useI18n();
  const { spots: marks, unplaced } = useMemo(() => spots(incidents), [incidents]);
  const [geo, setGeo] = useState<Geo | 'error' | null>(null);

  useEffect(() => {
    let cancelled = false;
    // The atlas is large to parse and draw: start after the browser has painted the rest of the page.
    const load = async () => {
      try {
        const [{ geoMercator, geoPath }, { feature }, topology] = await Promise.all([
          import('d3-geo'),
          import('topojson-client'),
          fetch(worldUrl).then((r) =>
            r.ok ? (r.json() as Promise<Topology>) : Promise.reject(new Error(r.statusText)),
          ),
        ]);
        const countries = feature(topology, topology.objects.countries!) as unknown as Geo['countries'];
        const lons = marks.map((m) => m.lon);
        const lats = marks.map((m) => m.lat);
        const pad = 4;
        const extent: FeatureCollection = {
          type: 'FeatureCollection',
          features: marks.length
            ? [
                {
                  type: 'Feature',
                  properties: {},
                  geometry: {
                    type: 'MultiPoint',
                    coordinates: [
                      [Math.min(...lons) - pad * 1.6, Math.min(...lats) - pad],
                      [Math.max(...lons) + pad * 1.6, Math.max(...lats) + pad],
                    ],
                  },
                },
              ]
            : countries.features,
        };
        const projection = geoMercator().fitExtent(
          [
            [10, 10],
            [WIDTH - 10, HEIGHT - 10],
          ],
          extent,
        );
        const path = geoPath(projection);
        if (!cancelled)
          setGeo({
            path: (o) => path(o as Parameters<typeof path>[0]),
            project: (p) => projection(p),
            countries,
          });
      } catch {
        if (!cancelled) setGeo('error');
      }
    };
    const frame = requestAnimationFrame(() => setTimeout(() => void load(), 0));
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, [marks]);

  if (geo === 'error') return <p className="state state-error">{t('map.error')}</p>;
  // Label every place when there are few; otherwise only the busiest, so labels do not pile up.
  const labelled = new Set(
    [...marks]
      .sort((a, b) => b.count - a.count)
      .slice(0, marks.length <= 12 ? marks.length : 6)
      .map((m) => m.key),
  );
  const radius = (s: Spot) => 5 + Math.sqrt(s.killed * 25 + s.injured + s.count * 2) * 1.6;
  return (
    <figure className="map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={t('map.title')}
        aria-busy={geo === null}
      >
        <rect className="sea" width={WIDTH} height={HEIGHT} />
        {geo && (
          <g className="countries">
            {geo.countries.features.map((f, index) => (
              <path key={index} d={geo.path(f) ?? ''}>
                {f.properties?.name && <title>{f.properties.name}</title>}
              </path>
            ))}
          </g>
        )}
        {geo &&
          [...marks]
            .sort((a, b) => radius(b) - radius(a))
            .map((s) => {
              const point = geo.project([s.lon, s.lat]);
              if (!point) return null;
              const r = radius(s);
              const wide = ['region', 'country', 'unknown'].includes(s.precision);
              return (
                <a key={s.key} href={`/incidents?place=${encodeURIComponent(s.name)}`} className="spot">
                  <title>
                    {t('map.spot', {
                      name: s.name,
                      count: s.count,
                      killed: formatNumber(s.killed),
                      injured: formatNumber(s.injured),
                      precision: label('geoPrecision', s.precision),
                    })}
                  </title>
                  {wide ? (
                    <circle className="spot-wide" cx={point[0]} cy={point[1]} r={r * 2.2} />
                  ) : (
                    <>
                      {s.precision === 'city' && (
                        <circle className="spot-ring" cx={point[0]} cy={point[1]} r={r + 5} />
                      )}
                      <circle className="spot-dot" cx={point[0]} cy={point[1]} r={r} />
                    </>
                  )}
                  {labelled.has(s.key) && (
                    <text className="spot-label" x={point[0] + r + 7} y={point[1] + 4}>
                      {s.name} ({s.count})
                    </text>
                  )}
                </a>
              );
            })}
      </svg>
      <figcaption>
        <span className="key key-dot" /> {t('map.exact')} <span className="key key-ring" /> {t('map.city')}{' '}
        <span className="key key-wide" /> {t('map.wide')} · {t('map.size')}
        {unplaced > 0 && <> · {t('map.unplaced', { count: unplaced })}</>}
      </figcaption>
    </figure>
  );
}
