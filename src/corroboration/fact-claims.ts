/**
 * What each citation claims about the facts of an incident. Act citations claim their act's victim, perpetrator
 * and methods; incident citations claim the date, place and harm of the record they were written for — after a
 * merge, that is the merged-away incident as it stood (its snapshot), so differing accounts stay visible.
 */
import type { FactClaim } from '../corroborate/index.js';
import type { Row } from '../db/schema.js';
import type { Executor } from '../db/transaction.js';
import type { Merge, UndoSnapshot } from '../duplicates/merge.schema.js';
import type { CitationEvidence } from './evidence.repository.js';

type IncidentFacts = Pick<
  Row<'incidents'>,
  'date_start' | 'date_end' | 'place_id' | 'place_detail' | 'killed' | 'injured'
>;

const dateText = (i: IncidentFacts): string | undefined =>
  i.date_start
    ? i.date_end && i.date_end !== i.date_start
      ? `${i.date_start}..${i.date_end}`
      : i.date_start
    : undefined;

const harmText = (i: IncidentFacts): string | undefined => {
  const parts = [
    ...(i.killed !== null ? [`${i.killed} killed`] : []),
    ...(i.injured !== null ? [`${i.injured} injured`] : []),
  ];
  return parts.length ? parts.join(', ') : undefined;
};

/** Claims of every citation of the incident; `merges` are the merges in force into it, outermost first. */
export async function buildFactClaims(
  db: Executor,
  incident: Row<'incidents'>,
  merges: readonly (Merge & { snapshot: UndoSnapshot })[],
  evidence: readonly CitationEvidence[],
): Promise<FactClaim[]> {
  // Which record each incident citation was written for: deeper merges override outer ones.
  const recordOf = new Map<string, IncidentFacts>();
  for (const c of evidence) if (c.on === 'incident') recordOf.set(c.id, incident);
  for (const m of merges) {
    for (const id of m.snapshot.moved.citations) if (recordOf.has(id)) recordOf.set(id, m.snapshot.source);
  }
  const placeIds = [...new Set([...recordOf.values()].map((r) => r.place_id).filter((p) => p !== null))];
  const places = placeIds.length
    ? await db.selectFrom('places').select(['id', 'name']).where('id', 'in', placeIds).execute()
    : [];
  const placeName = new Map(places.map((p) => [p.id, p.name]));

  const actIds = [...new Set(evidence.flatMap((c) => (c.actId ? [c.actId] : [])))];
  const acts = actIds.length
    ? await db
        .selectFrom('acts as a')
        .leftJoin('actors as v', 'v.id', 'a.victim_id')
        .leftJoin('actors as p', 'p.id', 'a.perpetrator_id')
        .select([
          'a.id',
          'a.victim_label',
          'a.perpetrator_label',
          'a.methods',
          'v.name as victim',
          'p.name as perpetrator',
        ])
        .where('a.id', 'in', actIds)
        .execute()
    : [];
  const actById = new Map(acts.map((a) => [a.id, a]));

  const claims: FactClaim[] = [];
  const claim = (fact: FactClaim['fact'], value: string | null | undefined, citationId: string) => {
    if (value) claims.push({ fact, value, citationId });
  };
  for (const c of evidence) {
    const record = recordOf.get(c.id);
    if (record) {
      claim('date', dateText(record), c.id);
      claim('place', record.place_id ? placeName.get(record.place_id) : record.place_detail, c.id);
      claim('harm', harmText(record), c.id);
    }
    const act = c.actId ? actById.get(c.actId) : undefined;
    if (act) {
      claim('victim', act.victim ?? act.victim_label, c.id);
      claim('perpetrator', act.perpetrator_label ?? act.perpetrator, c.id);
      for (const method of act.methods) claim('method', method, c.id);
    }
  }
  return claims;
}
