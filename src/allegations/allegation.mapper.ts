/**
 * Rows to what the engine reads and what the API shows. The `documented` entry is stored as a step row so
 * that every history starts with a dated line, but the engine keeps it as `documentedOn`, not as a step.
 */
import type { Row } from '../db/schema.js';
import type { StoredAct } from './act-assessment.js';
import type { AllegationRecord } from './allegation.repository.js';
import type { AllegationSummary, AllegationVictim, DocumentedStep } from './allegation.schema.js';
import {
  AUTHORITY_KINDS,
  currentStage,
  type Allegation,
  type AllegationWithSteps,
  type AuthorityKind,
  type ConvictedParty,
  type FollowUp,
  type OfficialResponse,
  type Priority,
  type Remedy,
  type Step,
  type StepKind,
} from './engine/index.js';

export const DOCUMENTED = 'documented';
const NO_DATE = '0001-01-01';

const authorityKind = (kind: string | null): AuthorityKind | null =>
  AUTHORITY_KINDS.find((k) => k === kind) ?? null;

/** A stored step as the engine reads it (details hold the kind-specific fields). */
export function toEngineStep(row: Row<'allegation_steps'>): Step {
  const d = row.details;
  return {
    id: row.id,
    kind: row.kind as StepKind,
    date: row.date,
    recordedBy: row.recorded_by,
    note: row.note,
    ...(row.evidence_document_id !== null && { evidenceDocumentId: row.evidence_document_id }),
    ...(row.out_of_order_reason !== null && { outOfOrderReason: row.out_of_order_reason }),
    ...(row.corrects_step_id !== null && { correctsStepId: row.corrects_step_id }),
    ...(typeof d.response === 'string' && { response: d.response as OfficialResponse }),
    ...(typeof d.followUp === 'string' && { followUp: d.followUp as FollowUp }),
    ...(typeof d.remedy === 'string' && { remedy: d.remedy as Remedy }),
    ...(Array.isArray(d.convicted) && { convicted: d.convicted as ConvictedParty[] }),
  };
}

export function documentedStepOf(record: AllegationRecord): DocumentedStep | null {
  const row = record.steps.find((s) => s.kind === DOCUMENTED);
  if (!row) return null;
  return { ...toEngineStep(row), kind: DOCUMENTED };
}

/** The earliest start date among the allegation's incidents: no step may come before it. */
export function incidentStartOf(acts: readonly StoredAct[]): string | null {
  const dates = acts.map((a) => a.incident.dateStart).filter((d): d is string => d !== null);
  return dates.sort()[0] ?? null;
}

/** The allegation and its steps as the engine reads them. */
export function toEngine(record: AllegationRecord, acts: readonly StoredAct[]): AllegationWithSteps {
  const { row } = record;
  const documented = documentedStepOf(record);
  const kind = authorityKind(row.authority_kind);
  const allegation: Allegation = {
    id: row.id,
    caseId: row.case_id,
    title: row.title,
    incidentStartDate: incidentStartOf(acts) ?? NO_DATE,
    ...(documented && { documentedOn: documented.date }),
    ...(row.authority !== null && kind !== null && { authority: { name: row.authority, kind } }),
    actIds: record.actIds,
  };
  return { allegation, steps: record.steps.filter((s) => s.kind !== DOCUMENTED).map(toEngineStep) };
}

function victimsOf(acts: readonly StoredAct[]): AllegationVictim[] {
  const seen = new Map<string, AllegationVictim>();
  for (const act of acts) {
    const label = act.victim?.name ?? act.victimLabel;
    if (!label) continue;
    const victim = {
      label,
      role: act.victimRole ?? act.victim?.professionalRole ?? null,
      actorId: act.victim?.id ?? null,
    };
    seen.set(`${victim.actorId ?? ''}|${label}`, victim);
  }
  return [...seen.values()];
}

/** What the API shows for one allegation (no raw rows). */
export function toSummary(record: AllegationRecord, acts: readonly StoredAct[]): AllegationSummary {
  const { row } = record;
  const engine = toEngine(record, acts);
  const state = currentStage(engine.steps);
  return {
    id: row.id,
    caseId: row.case_id,
    title: row.title,
    perpetrator: { label: row.perpetrator_label, actorId: row.perpetrator_id },
    authority: { name: row.authority, kind: authorityKind(row.authority_kind), reason: row.authority_reason },
    priority: (row.priority as Priority | null) ?? null,
    proposalKey: row.proposal_key,
    grounds: row.grounds,
    actIds: record.actIds,
    incidentIds: [...new Set(acts.map((a) => a.incidentId))].sort(),
    victims: victimsOf(acts),
    incidentStartDate: incidentStartOf(acts),
    documentedOn: engine.allegation.documentedOn ?? null,
    stage: state.stage,
    outcome: state.outcome,
    stageSince: state.since,
    version: row.version,
  };
}
