/** Merges as the API shows them, and what a merge stores to be undone. */
import { z } from 'zod';
import type { FieldMerge, MergeRecord, MergeValue } from '../corroborate/index.js';
import type { Row } from '../db/schema.js';
import { uuid } from '../shared/schemas.js';

export const mergeInput = z.strictObject({
  /** The incident that stays. */
  targetId: uuid,
  /** The incident merged into it (hidden from listings afterwards, kept for undo). */
  sourceId: uuid,
});
export type MergeInput = z.infer<typeof mergeInput>;

/** Fields the database keeps beyond the engine's: the harm counts. */
export type StoredField = FieldMerge['field'] | 'killed' | 'injured';

/** What became of one field; `conflict` values are the alternatives kept side by side with their citations. */
export interface StoredFieldMerge {
  field: StoredField;
  status: FieldMerge['status'];
  values: MergeValue[];
  compatible?: boolean;
}

/** Everything needed to undo a merge exactly. */
export interface UndoSnapshot {
  target: Row<'incidents'>;
  source: Row<'incidents'>;
  /** Ids of the rows that moved from the source to the target. */
  moved: { acts: string[]; citations: string[]; figures: string[]; evidenceFiles: string[] };
  /** Versions the merge left; an undo is refused when either incident changed since. */
  targetVersionAfter: number;
  sourceVersionAfter: number;
  /** The engine's record of both incidents as compared. */
  record: MergeRecord;
}

export interface Merge {
  id: string;
  caseId: string;
  targetId: string;
  sourceId: string;
  fields: StoredFieldMerge[];
  /** The fields whose values differ, kept side by side. */
  alternatives: StoredFieldMerge[];
  mergedBy: string;
  mergedAt: string;
  undoneBy: string | null;
  undoneAt: string | null;
}

export function toMerge(row: Row<'merges'>): Merge {
  const fields = row.field_values as StoredFieldMerge[];
  return {
    id: row.id,
    caseId: row.case_id,
    targetId: row.target_id,
    sourceId: row.source_id,
    fields,
    alternatives: fields.filter((f) => f.status === 'conflict'),
    mergedBy: row.merged_by,
    mergedAt: row.merged_at,
    undoneBy: row.undone_by,
    undoneAt: row.undone_at,
  };
}
