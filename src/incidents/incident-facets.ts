/**
 * Facet counts for the incident list: for each facet, how many incidents each value would leave, with every
 * other filter applied. An incident counts once per value even when several of its acts share it.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../db/transaction.js';
import {
  FACETS,
  type Facet,
  type IncidentConditions,
  incidentConditions,
  sourceBucket,
  sourceCounts,
  victimRoleOf,
  whereAll,
} from './incident-filters.js';

interface FacetRow {
  value: string | null;
  count: number;
}

export type FacetCounts = Record<Facet, { value: string; count: number }[]>;

const filtered = (q: IncidentConditions, facet: Facet) =>
  sql`incidents i LEFT JOIN places p ON p.id = i.place_id WHERE ${whereAll(incidentConditions(q, facet))}`;

/** The SELECT that counts one facet's values over the incidents the other filters keep. */
function facetQuery(q: IncidentConditions, facet: Facet): RawBuilder<FacetRow> {
  const from = filtered(q, facet);
  const throughActs = (value: RawBuilder<unknown>, joins: RawBuilder<unknown> = sql``) =>
    // Distinct (incident, value) pairs, hashed, then counted: cheaper than count(DISTINCT …), which sorts.
    sql<FacetRow>`SELECT value, count(*)::int AS count FROM (
        SELECT DISTINCT a.incident_id, ${value} AS value
        FROM (SELECT i.id FROM ${from}) i JOIN acts a ON a.incident_id = i.id ${joins}) pairs
      GROUP BY 1`;
  switch (facet) {
    case 'type':
      return sql<FacetRow>`SELECT i.event_type AS value, count(*)::int AS count FROM ${from} GROUP BY 1`;
    case 'status':
      return sql<FacetRow>`SELECT i.status AS value, count(*)::int AS count FROM ${from} GROUP BY 1`;
    case 'perpetratorKind':
      return throughActs(sql`x.kind`, sql`JOIN actors x ON x.id = a.perpetrator_id`);
    case 'victimRole':
      return throughActs(victimRoleOf, sql`LEFT JOIN actors v ON v.id = a.victim_id`);
    case 'method':
      return throughActs(sql`m.method`, sql`CROSS JOIN LATERAL unnest(a.methods) AS m(method)`);
    case 'finding':
      return throughActs(
        sql`coalesce(s.reviewed_finding, s.finding)`,
        sql`JOIN assessments s ON s.act_id = a.id`,
      );
    case 'sources':
      return sql<FacetRow>`SELECT ${sourceBucket(sql`sc.n`)} AS value, count(*)::int AS count
        FROM (SELECT i.id FROM ${from}) i LEFT JOIN ${sourceCounts} sc ON sc.incident_id = i.id GROUP BY 1`;
  }
}

/** Counts for every facet, largest first; values no incident has are left out. */
export async function countFacets(db: Executor, q: IncidentConditions): Promise<FacetCounts> {
  const out = {} as FacetCounts;
  // One query at a time: the embedded database answers one at a time anyway.
  for (const facet of FACETS) {
    const { rows } = await facetQuery(q, facet).execute(db);
    out[facet] = rows
      .filter((r): r is { value: string; count: number } => r.value !== null)
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return out;
}
