/**
 * A case's reported figures grouped by what they count, side by side and never replaced: each group with its
 * range and every value with its qualifier, as-of date and reporter; and the time series of one measure.
 */
import { getCase } from '../cases/case.service.js';
import { type Figure as EngineFigure, groupFigures, measureKeyOf, timeSeries } from '../corroborate/index.js';
import type { Qualifier } from '../corroborate/index.js';
import type { ServiceContext } from '../shared/context.js';
import { nonEmptyText } from '../shared/schemas.js';
import { parseInput } from '../shared/validate.js';

export interface FigureValue {
  id: string;
  what: string;
  measureKey: string | null;
  value: number;
  qualifier: string;
  asOf: string | null;
  place: string | null;
  reportedBy: string;
  incidentId: string | null;
}

export interface FigureGroupView {
  measureKey: string;
  measure: string;
  wordings: string[];
  min: number;
  max: number;
  /** Reporters disagree: different values from different reporters, or for the same date. */
  conflicting: boolean;
  /** Values on two or more dates without disagreement: read it as a series. */
  series: boolean;
  values: FigureValue[];
}

async function loadFigures(ctx: ServiceContext, caseIdOrSlug: string) {
  const kase = await getCase(ctx, caseIdOrSlug);
  const rows = await ctx.db
    .selectFrom('figures as f')
    .leftJoin('places as p', 'p.id', 'f.place_id')
    .leftJoin('actors as a', 'a.id', 'f.reported_by_id')
    .select([
      'f.id',
      'f.what',
      'f.measure_key',
      'f.value',
      'f.qualifier',
      'f.as_of',
      'f.incident_id',
      'f.reported_by',
      'p.name as place',
      'a.name as reporter',
    ])
    .where('f.case_id', '=', kase.id)
    .orderBy('f.id')
    .execute();
  const values = new Map<string, FigureValue>(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        what: r.what,
        measureKey: r.measure_key,
        value: r.value,
        qualifier: r.qualifier,
        asOf: r.as_of,
        place: r.place,
        reportedBy: r.reported_by ?? r.reporter ?? 'unknown',
        incidentId: r.incident_id,
      },
    ]),
  );
  const engine: EngineFigure[] = [...values.values()].map((v) => ({
    id: v.id,
    what: v.what,
    ...(v.measureKey && { measureKey: v.measureKey }),
    value: v.value,
    qualifier: v.qualifier as Qualifier,
    ...(v.asOf && { date: v.asOf }),
    ...(v.place && { place: v.place }),
    reportedBy: v.reportedBy,
  }));
  return { values, engine };
}

/**
 * Whether reporters disagree: two different values from different reporters, or for the same date. One
 * reporter's values on different dates are a series, not a conflict.
 */
function disagree(values: readonly FigureValue[]): boolean {
  return values.some((a, i) =>
    values
      .slice(i + 1)
      .some((b) => a.value !== b.value && (a.reportedBy !== b.reportedBy || a.asOf === b.asOf)),
  );
}

/** Every figure of the case, grouped by measure, with each group's range; nothing dropped or replaced. */
export async function figureGroups(ctx: ServiceContext, caseIdOrSlug: string): Promise<FigureGroupView[]> {
  const { values, engine } = await loadFigures(ctx, caseIdOrSlug);
  return groupFigures(engine)
    .map((g) => {
      const members = g.values.map((f) => values.get(f.id)!);
      const dates = new Set(members.map((m) => m.asOf).filter(Boolean));
      const conflicting = disagree(members);
      return {
        measureKey: g.measureKey,
        measure: g.measure,
        wordings: g.wordings,
        min: g.min,
        max: g.max,
        conflicting,
        series: !conflicting && dates.size >= 2,
        values: members,
      };
    })
    .sort((a, b) => a.measureKey.localeCompare(b.measureKey));
}

/** The figures of one measure (a key such as `covid19_cases_per_day`, or a wording) in date order. */
export async function figureSeries(
  ctx: ServiceContext,
  caseIdOrSlug: string,
  measure: string,
): Promise<{ measure: string; measureKey: string; values: FigureValue[] }> {
  const wanted = parseInput(nonEmptyText(300), measure, 'measure');
  const { values, engine } = await loadFigures(ctx, caseIdOrSlug);
  const series = timeSeries(engine, wanted).map((f) => values.get(f.id)!);
  return { measure: wanted, measureKey: series[0]?.measureKey ?? measureKeyOf(wanted), values: series };
}
