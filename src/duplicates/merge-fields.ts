/** What a merge does to the fields the engine does not plan: filling the target's gaps, and the harm counts. */
import type { IncidentLike } from '../corroborate/index.js';
import type { Row, RowUpdate } from '../db/schema.js';
import type { StoredFieldMerge } from './merge.schema.js';

/** The target's empty fields take the source's values; nothing the target holds is overwritten. */
export function filledFromSource(t: Row<'incidents'>, s: Row<'incidents'>): RowUpdate<'incidents'> {
  return {
    ...(t.description === '' && s.description !== '' && { description: s.description }),
    ...(t.date_start === null &&
      s.date_start !== null && {
        date_start: s.date_start,
        date_end: s.date_end,
        date_precision: s.date_precision,
      }),
    ...(t.time_of_day === null && s.time_of_day !== null && { time_of_day: s.time_of_day }),
    ...(t.place_id === null &&
      s.place_id !== null && { place_id: s.place_id, geo_precision: s.geo_precision }),
    ...(t.place_detail === null && s.place_detail !== null && { place_detail: s.place_detail }),
    ...(t.latitude === null && s.latitude !== null && { latitude: s.latitude, longitude: s.longitude }),
    ...(t.killed === null && s.killed !== null && { killed: s.killed }),
    ...(t.injured === null && s.injured !== null && { injured: s.injured }),
    ...(Object.keys(t.facts).length === 0 &&
      Object.keys(s.facts).length > 0 && { facts: JSON.stringify(s.facts) }),
  };
}

const incidentCitations = (like: IncidentLike | undefined): string[] =>
  like?.fieldCitations?.date ?? like?.citationIds ?? [];

/** What became of the harm counts, which the engine does not compare: the same, filled, or in conflict. */
export function harmFields(
  t: Row<'incidents'>,
  s: Row<'incidents'>,
  tLike: IncidentLike | undefined,
  sLike: IncidentLike | undefined,
): StoredFieldMerge[] {
  const out: StoredFieldMerge[] = [];
  for (const field of ['killed', 'injured'] as const) {
    const [a, b] = [t[field], s[field]];
    const fromT = { value: a, incidentIds: [t.id], citationIds: incidentCitations(tLike) };
    const fromS = { value: b, incidentIds: [s.id], citationIds: incidentCitations(sLike) };
    if (a === null && b === null) continue;
    if (a === null) out.push({ field, status: 'filled', values: [fromS] });
    else if (b === null) out.push({ field, status: 'filled', values: [fromT] });
    else if (a === b) {
      const citationIds = [...new Set([...fromT.citationIds, ...fromS.citationIds])];
      out.push({ field, status: 'same', values: [{ value: a, incidentIds: [t.id, s.id], citationIds }] });
    } else out.push({ field, status: 'conflict', values: [fromT, fromS], compatible: false });
  }
  return out;
}
