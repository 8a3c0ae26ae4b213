/**
 * The incident list's filters as SQL conditions over `incidents i LEFT JOIN places p`, shared by the paged
 * list and the facet counts (which apply every filter but their own).
 */
import { type RawBuilder, sql } from 'kysely';
import type { ActorKind, Method, VictimRole } from '../vocabulary/vocabulary.js';
import type { FindingKind } from '../standards/finding.js';
import type { SourceCount } from './incident.schema.js';

export interface IncidentConditions {
  caseId?: string;
  from?: string;
  to?: string;
  placeIds?: string[];
  placeText?: string;
  type?: string;
  status?: string;
  text?: string;
  perpetratorKind?: ActorKind;
  victimRole?: VictimRole;
  method?: Method;
  sources?: SourceCount;
  finding?: FindingKind;
  /** The confidentiality levels the reader may see (set by access control, never by the caller). */
  levels?: readonly string[];
}

/** The filters that are also facets, each counted with every other filter applied. */
export const FACETS = [
  'type',
  'status',
  'perpetratorKind',
  'victimRole',
  'method',
  'sources',
  'finding',
] as const;
export type Facet = (typeof FACETS)[number];

const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A search text as a tsquery: every word must match, each as a prefix ("Kozhom" finds Kozhomuratov). Only
 * letters and digits reach to_tsquery, so its operators can't be injected. Null when there is no word.
 */
export function searchQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/**
 * The victim's professional role: the act's own, else the victim actor's. The perpetrator's kind is the
 * actor's. Both are read through the act, so an incident matches when any of its acts does.
 */
export const victimRoleOf = sql`coalesce(a.victim_role, v.professional_role)`;

/**
 * Distinct sources cited for the incident and its acts: a document's source, or the document itself when
 * it has none. The corroboration panel goes further (republications count once, disputes); this count is
 * what a list of 100,000 incidents can be filtered by.
 * EXPLAIN (100,000 incidents): one hash aggregate over citations, joined to the incidents.
 */
export const sourceCounts = sql`(
  SELECT coalesce(c.incident_id, ca.incident_id) AS incident_id,
    count(DISTINCT coalesce(d.source_id, d.id)) AS n
  FROM citations c JOIN documents d ON d.id = c.document_id LEFT JOIN acts ca ON ca.id = c.act_id
  GROUP BY 1)`;

export const sourceBucket = (n: RawBuilder<unknown>) =>
  sql<SourceCount>`CASE WHEN coalesce(${n}, 0) = 0 THEN 'none' WHEN ${n} = 1 THEN 'one' ELSE 'several' END`;

/** Incidents one of whose acts meets `condition`; uncorrelated, so it is hashed once rather than probed per row. */
const actsWhere = (condition: RawBuilder<unknown>) => sql<boolean>`i.id IN (
  SELECT a.incident_id FROM acts a LEFT JOIN actors x ON x.id = a.perpetrator_id
    LEFT JOIN actors v ON v.id = a.victim_id
  WHERE ${condition})`;

/** The SQL conditions for `q`, leaving out the facet named by `except`. */
export function incidentConditions(q: IncidentConditions, except?: Facet): RawBuilder<boolean>[] {
  const out: RawBuilder<boolean>[] = [sql`i.merged_into_id IS NULL`];
  if (q.caseId) out.push(sql`i.case_id = ${q.caseId}`);
  if (q.levels) out.push(sql`i.confidentiality IN (${sql.join([...q.levels])})`);
  // A date filter keeps every incident whose date range overlaps [from, to].
  if (q.from) out.push(sql`coalesce(i.date_end, i.date_start) >= ${q.from}::date`);
  if (q.to) out.push(sql`i.date_start <= ${q.to}::date`);
  if (q.type && except !== 'type') out.push(sql`i.event_type = ${q.type}`);
  if (q.status && except !== 'status') out.push(sql`i.status = ${q.status}`);
  if (q.placeIds || q.placeText) {
    const ids = q.placeIds ?? [];
    const like = q.placeText ? likePattern(q.placeText) : null;
    const parts: RawBuilder<boolean>[] = [];
    if (ids.length) parts.push(sql`i.place_id IN (${sql.join(ids)})`);
    if (like) {
      parts.push(sql`lower(p.name) LIKE ${like}`, sql`lower(coalesce(i.place_detail, '')) LIKE ${like}`);
    }
    out.push(parts.length ? sql`(${sql.join(parts, sql` OR `)})` : sql`false`);
  }
  const tsquery = q.text ? searchQuery(q.text) : null;
  if (q.text && !tsquery) out.push(sql`false`);
  if (tsquery) {
    // Full text in English and Russian over the incident's words, and over every name (any script) of the
    // actors in its acts, so "Кожомуратов" finds the incident a source wrote in Latin letters.
    // EXPLAIN: bitmap scans of incident_search_words_idx and actors_search_idx (GIN), hashed.
    const query = sql`to_tsquery('russian'::regconfig, ${tsquery})`;
    out.push(sql`(i.id IN (SELECT s.incident_id FROM incident_search s WHERE s.words @@ ${query})
      OR i.id IN (SELECT a.incident_id FROM acts a JOIN actors x ON x.id IN (a.victim_id, a.perpetrator_id)
        WHERE dalil_actor_search(x.name, x.names, x.aliases) @@ ${query}))`);
  }
  if (q.perpetratorKind && except !== 'perpetratorKind')
    out.push(actsWhere(sql`x.kind = ${q.perpetratorKind}`));
  if (q.victimRole && except !== 'victimRole') {
    // Written out rather than as coalesce(), so the planner can estimate it from the column's statistics.
    out.push(
      actsWhere(
        sql`(a.victim_role = ${q.victimRole} OR (a.victim_role IS NULL AND v.professional_role = ${q.victimRole}))`,
      ),
    );
  }
  if (q.method && except !== 'method') out.push(actsWhere(sql`${q.method} = ANY (a.methods)`));
  if (q.finding && except !== 'finding') {
    out.push(sql`i.id IN (SELECT a.incident_id FROM acts a JOIN assessments s ON s.act_id = a.id
      WHERE coalesce(s.reviewed_finding, s.finding) = ${q.finding})`);
  }
  if (q.sources && except !== 'sources') {
    // Uncorrelated, so the counts are made once (a hashed semi- or anti-join), not once per incident.
    out.push(
      q.sources === 'none'
        ? sql`NOT EXISTS (SELECT 1 FROM ${sourceCounts} sc WHERE sc.incident_id = i.id)`
        : sql`i.id IN (SELECT sc.incident_id FROM ${sourceCounts} sc WHERE ${
            q.sources === 'one' ? sql`sc.n = 1` : sql`sc.n > 1`
          })`,
    );
  }
  return out;
}

export const whereAll = (conditions: RawBuilder<boolean>[]) =>
  sql<boolean>`${sql.join(conditions, sql` AND `)}`;
