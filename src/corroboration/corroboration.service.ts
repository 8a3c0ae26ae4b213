/**
 * How well an incident is corroborated, and why: every citation of the incident and its acts with its source,
 * reliability, URL and quote; the independent origins (a republication or a citation marked as derived counts
 * once); the level; and, fact by fact, the values the sources give — alternatives kept by merges included.
 */
import {
  corroborateFacts,
  type CorroborationLevel,
  corroborationLevel,
  type FactCorroboration,
  groupIndependent,
} from '../corroborate/index.js';
import { type Merge, type StoredFieldMerge, type UndoSnapshot } from '../duplicates/merge.schema.js';
import { activeMergesInto } from '../duplicates/merge.repository.js';
import type { ServiceContext } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { uuid } from '../shared/schemas.js';
import { parseInput } from '../shared/validate.js';
import { type CitationEvidence, loadIncidentEvidence } from './evidence.repository.js';
import { buildFactClaims } from './fact-claims.js';

export interface IndependentOrigin {
  /** The source the group goes back to. */
  source: string;
  reliability: string;
  /** The citations that count as this one origin. */
  citationIds: string[];
  /** Why they count once (same URL, republication, marked as derived…). */
  reasons: string[];
}

export interface Alternative extends StoredFieldMerge {
  mergeId: string;
}

export interface IncidentCorroboration {
  incidentId: string;
  title: string;
  level: CorroborationLevel;
  independentSources: number;
  reasoning: string;
  origins: IndependentOrigin[];
  citations: CitationEvidence[];
  /** Per fact: the values given, by whom, and the fact's own level (disputed when independent sources differ). */
  facts: FactCorroboration[];
  /** Conflicting values kept from merges, each with the citations behind it. */
  alternatives: Alternative[];
}

/** The corroboration of one incident with its reasoning; a merged-away incident is reported on its own. */
export async function corroborationForIncident(
  ctx: ServiceContext,
  incidentId: string,
): Promise<IncidentCorroboration> {
  const id = parseInput(uuid, incidentId, 'incidentId');
  const incident = await ctx.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!incident) throw notFound('incident', id);
  const { evidence, engine } = await loadIncidentEvidence(ctx.db, id);
  const merges = await activeMergesInto(ctx.db, id);
  const snapshots = await ctx.db
    .selectFrom('merges')
    .select(['id', 'undo_snapshot'])
    .where('id', 'in', merges.length ? merges.map((m) => m.id) : ['00000000-0000-0000-0000-000000000000'])
    .execute();
  const snapshotOf = new Map(snapshots.map((s) => [s.id, s.undo_snapshot as unknown as UndoSnapshot]));
  const withSnapshots = merges.map((m: Merge) => ({ ...m, snapshot: snapshotOf.get(m.id)! }));
  const claims = await buildFactClaims(ctx.db, incident, withSnapshots, evidence);

  const groups = groupIndependent(engine);
  const overall = corroborationLevel(engine, claims);
  return {
    incidentId: id,
    title: incident.title,
    level: overall.level,
    independentSources: overall.independentSources,
    reasoning: overall.reasoning,
    origins: groups.map((g) => ({
      source: g.origin.sourceName,
      reliability: g.origin.reliability,
      citationIds: g.members.map((m) => m.id),
      reasons: g.reasons,
    })),
    citations: evidence,
    facts: corroborateFacts(claims, engine, groups),
    alternatives: merges.flatMap((m) => m.alternatives.map((a) => ({ ...a, mergeId: m.id }))),
  };
}
