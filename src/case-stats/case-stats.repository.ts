/**
 * The SQL behind a case's dashboard: counts by day, type and perpetrator kind, the record's own harm totals,
 * and the most recent reported figures of each key measure with who reported them. Every list is aggregated
 * or limited in the database; nothing returns the case's incidents or figures whole.
 * EXPLAIN (100,000 incidents, 10,000 figures): sequential scans of the case's incidents and figures with hash
 * aggregates; the perpetrator count hashes the acts once.
 */
import { sql } from 'kysely';
import type { Executor } from '../db/transaction.js';
import { KEY_MEASURES, type KeyMeasure } from './key-measures.js';

/** The case's incidents not merged away; only those at `levels` when the reader may not see every level. */
const live = (caseId: string, levels?: readonly string[]) =>
  levels
    ? sql`i.case_id = ${caseId} AND i.merged_into_id IS NULL AND i.confidentiality IN (${sql.join([...levels])})`
    : sql`i.case_id = ${caseId} AND i.merged_into_id IS NULL`;

/**
 * One pass over the case's incidents: counts and harm by day and type. Totals and the counts by type are
 * summed from these groups (a few thousand at most), not by scanning the incidents again.
 */
export async function countsByDayAndType(db: Executor, caseId: string, levels?: readonly string[]) {
  const { rows } = await sql<{
    day: string | null;
    type: string;
    count: number;
    killed: number;
    injured: number;
  }>`
    SELECT i.date_start::text AS day, i.event_type AS type, count(*)::int AS count,
      coalesce(sum(i.killed), 0)::int AS killed, coalesce(sum(i.injured), 0)::int AS injured
    FROM incidents i WHERE ${live(caseId, levels)}
    GROUP BY 1, 2 ORDER BY 1, 2`.execute(db);
  return rows;
}

/** Incidents by the kind of actor who did one of their acts; `null` when no act names an actor. */
export async function countsByPerpetratorKind(db: Executor, caseId: string, levels?: readonly string[]) {
  // Distinct (incident, kind) pairs first, hashed, rather than count(DISTINCT …), which sorts.
  const { rows } = await sql<{ kind: string | null; count: number }>`
    SELECT kind, count(*)::int AS count FROM (
      SELECT DISTINCT a.incident_id, x.kind
      FROM incidents i JOIN acts a ON a.incident_id = i.id LEFT JOIN actors x ON x.id = a.perpetrator_id
      WHERE ${live(caseId, levels)}) pairs
    GROUP BY 1 ORDER BY 2 DESC, 1`.execute(db);
  return rows;
}

export interface KeyFigureRow {
  measure: KeyMeasure;
  total: number;
  id: string;
  what: string;
  value: number;
  qualifier: string;
  as_of: string | null;
  reported_by: string | null;
  incident_id: string | null;
  document_title: string | null;
  source_name: string | null;
}

/**
 * The `limit` (at least one) most recent figures of each key measure, with the count of all of them. A figure belongs to a
 * measure by its measure key when it has one, else by what it counts; where neither names journalists, the
 * sentence it was cited from does ("six incidents of attacks" in a sentence about journalists). A figure
 * nobody is named for was stated by the document that holds it: its title and source come along.
 */
export async function keyFigures(db: Executor, caseId: string, limit: number): Promise<KeyFigureRow[]> {
  const measures = sql.join(
    KEY_MEASURES.map(
      (m) => sql`(${m.key}, ${m.measureKey.source}, ${m.what.source}, ${m.quote?.source ?? null})`,
    ),
  );
  const { rows } = await sql<KeyFigureRow>`
    WITH m(measure, key_re, what_re, quote_re) AS (VALUES ${measures}),
    matched AS (
      SELECT m.measure, f.id, f.what, f.value, f.qualifier, f.as_of, f.reported_by, f.incident_id,
        cit.document_title, cit.source_name,
        count(*) OVER (PARTITION BY m.measure)::int AS total,
        row_number() OVER (PARTITION BY m.measure ORDER BY f.as_of DESC NULLS LAST, f.value DESC, f.id) AS n
      FROM figures f
      CROSS JOIN m
      LEFT JOIN LATERAL (
        SELECT d.title AS document_title, s.name AS source_name, c.quote
        FROM citations c JOIN documents d ON d.id = c.document_id LEFT JOIN sources s ON s.id = d.source_id
        WHERE c.figure_id = f.id ORDER BY c.created_at, c.id LIMIT 1
      ) cit ON true
      WHERE f.case_id = ${caseId}
        AND CASE WHEN f.measure_key IS NOT NULL THEN f.measure_key ~* m.key_re
          ELSE f.what ~* m.what_re OR (m.quote_re IS NOT NULL AND cit.quote ~* m.quote_re
            AND f.what ~* '(attack|incident|interfer|obstruct|assault|нападени|инцидент|препятств)') END
    )
    SELECT measure, total, id, what, value, qualifier, as_of::text AS as_of, reported_by, incident_id,
      document_title, source_name
    FROM matched WHERE n <= ${Math.max(1, limit)} ORDER BY measure, n`.execute(db);
  return rows;
}

/** The most recent `limit` dated, non-zero figures, for the chart of figures over time. */
export async function figureSeries(db: Executor, caseId: string, limit: number) {
  const { rows } = await sql<{ asOf: string; value: number; what: string }>`
    SELECT as_of::text AS "asOf", value, what FROM figures
    WHERE case_id = ${caseId} AND as_of IS NOT NULL AND value > 0
    ORDER BY as_of DESC, id LIMIT ${limit}`.execute(db);
  return rows;
}
