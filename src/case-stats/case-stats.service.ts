/**
 * A case's dashboard in one answer: what the record holds (incidents by day, type and perpetrator kind, and
 * the harm it records), the most recent reported figures of each key measure with who reported them, the
 * figures over time, and where the allegations stand. Computed in the database, limited, never the full lists.
 */
import { z } from 'zod';
import { stats as allegationStats } from '../allegations/allegation-tracking.service.js';
import { STAGES } from '../allegations/engine/types.js';
import { getCase } from '../cases/case.service.js';
import type { ServiceContext } from '../shared/context.js';
import { parseInput } from '../shared/validate.js';
import {
  countsByDayAndType,
  countsByPerpetratorKind,
  figureSeries,
  keyFigures,
} from './case-stats.repository.js';
import { KEY_MEASURE_KEYS, type KeyMeasure } from './key-measures.js';

/** Event types that are attacks on journalists or on their work. */
const JOURNALIST_TYPES = new Set(['attack_on_journalist', 'obstruction_of_journalist']);

export const caseStatsQuery = z.strictObject({
  /** How many figures each key measure lists (the most recent first); the count of all comes with them. */
  limit: z.coerce.number().int().min(0).max(50).default(3),
  /** How many dated figures the series over time carries (the most recent). */
  series: z.coerce.number().int().min(0).max(2000).default(300),
});

export interface KeyFigure {
  id: string;
  what: string;
  value: number;
  qualifier: string;
  asOf: string | null;
  /** Who the source names as reporting it; null when the document states it in its own voice. */
  reportedBy: string | null;
  /** The document it was cited from, and that document's source: who stated it when nobody else is named. */
  document: string | null;
  source: string | null;
  incidentId: string | null;
}

export interface CaseStats {
  caseId: string;
  incidents: { total: number; killed: number; injured: number; journalists: number };
  byDay: { day: string; type: string; count: number }[];
  byType: { type: string; count: number }[];
  byPerpetratorKind: { kind: string | null; count: number }[];
  keyFigures: { measure: KeyMeasure; total: number; items: KeyFigure[] }[];
  figureSeries: { asOf: string; value: number; what: string }[];
  allegations: { total: number; investigated: number; byStage: { stage: string; count: number }[] };
}

/** The dashboard's numbers for a case (id or slug). */
export async function caseStats(
  ctx: ServiceContext,
  idOrSlug: string,
  raw: unknown = {},
): Promise<CaseStats> {
  const options = parseInput(caseStatsQuery, raw);
  const kase = await getCase(ctx, idOrSlug);
  // One query after another: the embedded database answers one at a time anyway.
  const groups = await countsByDayAndType(ctx.db, kase.id, ctx.levels);
  const incidents = { total: 0, killed: 0, injured: 0, journalists: 0 };
  const types = new Map<string, number>();
  for (const g of groups) {
    incidents.total += g.count;
    incidents.killed += g.killed;
    incidents.injured += g.injured;
    if (JOURNALIST_TYPES.has(g.type)) incidents.journalists += g.count;
    types.set(g.type, (types.get(g.type) ?? 0) + g.count);
  }
  const byDay = groups.flatMap((g) => (g.day ? [{ day: g.day, type: g.type, count: g.count }] : []));
  const byType = [...types]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  const byPerpetratorKind = await countsByPerpetratorKind(ctx.db, kase.id, ctx.levels);
  const figures = await keyFigures(ctx.db, kase.id, options.limit);
  const series = await figureSeries(ctx.db, kase.id, options.series);
  const allegations = await allegationStats(ctx, kase.id);
  const byStage = STAGES.map((stage) => ({ stage, count: Number(allegations.overall.byStage[stage] ?? 0) }));
  const investigated = byStage
    .filter((s) => STAGES.indexOf(s.stage) >= STAGES.indexOf('investigation_opened'))
    .reduce((n, s) => n + s.count, 0);
  return {
    caseId: kase.id,
    incidents,
    byDay,
    byType,
    byPerpetratorKind,
    keyFigures: KEY_MEASURE_KEYS.map((measure) => {
      const rows = figures.filter((f) => f.measure === measure);
      return {
        measure,
        total: rows[0]?.total ?? 0,
        items:
          options.limit === 0
            ? []
            : rows.map((f) => ({
                id: f.id,
                what: f.what,
                value: f.value,
                qualifier: f.qualifier,
                asOf: f.as_of,
                reportedBy: f.reported_by,
                document: f.document_title,
                source: f.source_name,
                incidentId: f.incident_id,
              })),
      };
    }),
    figureSeries: series,
    allegations: { total: allegations.overall.total, investigated, byStage },
  };
}
