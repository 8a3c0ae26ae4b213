/**
 * Merging two incident records, as a plan the database layer carries out: equal values collapse, lists join,
 * conflicting values stay side by side with their sources, and the record to undo it is kept.
 */
import { AppError } from '../shared/errors.js';
import { dayInterval, intervalsOverlap } from './date-overlap.js';
import { nameSimilarity } from './name-similarity.js';
import { comparePlaces } from './place-compare.js';
import { NAME_MATCH } from './score-duplicate.js';
import { foldText } from './transliterate.js';
import {
  MERGEABLE_FIELDS,
  type FieldMerge,
  type IncidentLike,
  type MergeableField,
  type MergePlan,
  type MergeRecord,
  type MergeValue,
  type PlaceRef,
} from './types.js';

const citationsFor = (incident: IncidentLike, field: MergeableField): string[] =>
  incident.fieldCitations?.[field] ?? incident.citationIds ?? [];

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

const samePlace = (a: PlaceRef, b: PlaceRef): boolean =>
  (a.placeId !== undefined && a.placeId === b.placeId) ||
  (a.placeId === undefined && b.placeId === undefined && comparePlaces(a, b)?.similarity === 1) ||
  JSON.stringify(a) === JSON.stringify(b);

/** Whether two values of a single-valued field are the same value. */
function equalValues(field: MergeableField, a: unknown, b: unknown): boolean {
  switch (field) {
    case 'title':
    case 'description':
      return foldText(String(a)) === foldText(String(b));
    case 'place':
      return samePlace(a as PlaceRef, b as PlaceRef);
    case 'date':
    case 'eventType':
    case 'methods':
    case 'victims':
    case 'perpetrators':
      return JSON.stringify(a) === JSON.stringify(b);
  }
}

/** Whether two different values could both be true: overlapping dates, places in one city. */
function compatibleValues(field: MergeableField, a: unknown, b: unknown): boolean {
  if (field === 'date') {
    return intervalsOverlap(dayInterval(a as IncidentLike['date']), dayInterval(b as IncidentLike['date']));
  }
  if (field === 'place') return (comparePlaces(a as PlaceRef, b as PlaceRef)?.similarity ?? 0) >= 0.8;
  return false;
}

function mergeScalar(
  field: MergeableField,
  target: IncidentLike,
  source: IncidentLike,
): FieldMerge | undefined {
  const a = target[field];
  const b = source[field];
  const valueOf = (incident: IncidentLike, value: unknown): MergeValue => ({
    value,
    incidentIds: [incident.id],
    citationIds: citationsFor(incident, field),
  });
  if (a === undefined && b === undefined) return undefined;
  if (a === undefined) return { field, status: 'filled', values: [valueOf(source, b)] };
  if (b === undefined) return { field, status: 'filled', values: [valueOf(target, a)] };
  if (equalValues(field, a, b)) {
    const values: MergeValue[] = [
      {
        value: a,
        incidentIds: [target.id, source.id],
        citationIds: unique([...citationsFor(target, field), ...citationsFor(source, field)]),
        ...(JSON.stringify(a) === JSON.stringify(b) ? {} : { variants: [b] }),
      },
    ];
    return { field, status: 'same', values };
  }
  return {
    field,
    status: 'conflict',
    values: [valueOf(target, a), valueOf(source, b)],
    compatible: compatibleValues(field, a, b),
  };
}

/** Joins two lists; names equal across scripts (or methods equal) collapse into one value with variants. */
function mergeList(
  field: 'methods' | 'victims' | 'perpetrators',
  target: IncidentLike,
  source: IncidentLike,
): FieldMerge | undefined {
  const a = target[field] ?? [];
  const b = source[field] ?? [];
  if (a.length === 0 && b.length === 0) return undefined;
  const same = (x: string, y: string) => (field === 'methods' ? x === y : nameSimilarity(x, y) >= NAME_MATCH);
  const values: MergeValue[] = a.map((value) => ({
    value,
    incidentIds: [target.id],
    citationIds: citationsFor(target, field),
  }));
  for (const value of b) {
    const match = values.find((v) => v.incidentIds[0] === target.id && same(String(v.value), value));
    if (match) {
      match.incidentIds = unique([...match.incidentIds, source.id]);
      match.citationIds = unique([...match.citationIds, ...citationsFor(source, field)]);
      if (match.value !== value) match.variants = [...(match.variants ?? []), value];
    } else {
      values.push({ value, incidentIds: [source.id], citationIds: citationsFor(source, field) });
    }
  }
  const status =
    a.length === 0 || b.length === 0
      ? 'filled'
      : values.every((v) => v.incidentIds.length === 2)
        ? 'same'
        : 'union';
  return { field, status, values };
}

/**
 * Plans merging `source` into `target`. Refuses (AppError `conflict`) to merge an incident with itself or
 * incidents of different cases.
 */
export function planMerge(target: IncidentLike, source: IncidentLike): MergePlan {
  if (target.id === source.id) {
    throw new AppError('conflict', `incident ${target.id} cannot be merged with itself`, 'sourceId');
  }
  if ((target.caseId ?? null) !== (source.caseId ?? null)) {
    throw new AppError(
      'conflict',
      `incidents ${target.id} and ${source.id} belong to different cases (${target.caseId ?? 'none'} vs ${source.caseId ?? 'none'})`,
      'sourceId',
      { targetCaseId: target.caseId, sourceCaseId: source.caseId },
    );
  }
  const fields: FieldMerge[] = [];
  const fieldCitations: Partial<Record<MergeableField, string[]>> = {};
  const merged: IncidentLike = {
    id: target.id,
    ...(target.caseId === undefined ? {} : { caseId: target.caseId }),
  };
  for (const field of MERGEABLE_FIELDS) {
    const plan =
      field === 'methods' || field === 'victims' || field === 'perpetrators'
        ? mergeList(field, target, source)
        : mergeScalar(field, target, source);
    if (!plan) continue;
    fields.push(plan);
    const isList = field === 'methods' || field === 'victims' || field === 'perpetrators';
    // Lists take every value; a single-valued field keeps the target's value first (the only one if not a conflict).
    (merged as unknown as Record<string, unknown>)[field] = isList
      ? plan.values.map((v) => v.value)
      : plan.values[0]?.value;
    fieldCitations[field] = unique(plan.values.flatMap((v) => v.citationIds));
  }
  if (target.fieldCitations || source.fieldCitations) merged.fieldCitations = fieldCitations;
  const citationIds = unique([...(target.citationIds ?? []), ...(source.citationIds ?? [])]);
  if (citationIds.length > 0) merged.citationIds = citationIds;
  return {
    targetId: target.id,
    sourceId: source.id,
    merged,
    fields,
    conflicts: fields.filter((f) => f.status === 'conflict'),
    citationIds,
    record: {
      targetId: target.id,
      sourceId: source.id,
      targetBefore: structuredClone(target),
      sourceBefore: structuredClone(source),
    },
  };
}

/** Both incidents as they were before the merge recorded in `record`; refuses a record that cannot undo it. */
export function planUnmerge(record: MergeRecord): { target: IncidentLike; source: IncidentLike } {
  const { targetBefore, sourceBefore } = record;
  if (!targetBefore || !sourceBefore) {
    throw new AppError('validation_failed', 'merge record has no snapshot of the merged incidents', 'record');
  }
  if (targetBefore.id !== record.targetId || sourceBefore.id !== record.sourceId) {
    throw new AppError('conflict', 'merge record snapshots do not match its incident ids', 'record');
  }
  return { target: structuredClone(targetBefore), source: structuredClone(sourceBefore) };
}
