/** Inputs of the allegation services (the same schemas validate HTTP, CLI and service calls) and outputs. */
import { z } from 'zod';
import { expectedVersion, isoDate, nonEmptyText, uuid } from '../shared/schemas.js';
import {
  AUTHORITY_KINDS,
  CHECKLIST_ITEM_IDS,
  CHECK_STATUSES,
  FOLLOW_UPS,
  OFFICIAL_RESPONSES,
  REMEDIES,
  STEP_KINDS,
  type AuthorityKind,
  type ChecklistAnswer,
  type ChecklistItem,
  type DeadlineFlag,
  type InvestigationScore,
  type OutcomeKind,
  type Priority,
  type Stage,
  type Step,
  type TimelineEntry,
} from './engine/index.js';

const authority = z.strictObject({
  name: nonEmptyText(300),
  kind: z.enum(AUTHORITY_KINDS),
});

/** An allegation entered by hand: the acts it groups; victims come from the acts. */
export const allegationInput = z.strictObject({
  caseId: uuid,
  title: nonEmptyText(500),
  actIds: z.array(uuid).min(1, 'name at least one act').max(200),
  perpetratorLabel: z.string().trim().max(300).nullish(),
  perpetratorId: uuid.nullish(),
  authority: authority.nullish(),
});
export type AllegationInput = z.infer<typeof allegationInput>;

export const allegationUpdate = z.strictObject({
  version: expectedVersion,
  title: nonEmptyText(500).optional(),
  perpetratorLabel: z.string().trim().max(300).nullish(),
  authority: authority.nullish(),
});

/** A step as a person records it; id, recorder and validation against the history come from the service. */
export const stepInput = z.strictObject({
  kind: z.enum(STEP_KINDS as [string, ...string[]]),
  date: isoDate,
  note: z.string().max(5000).default(''),
  outOfOrderReason: z.string().trim().min(1, 'must not be empty').max(2000).optional(),
  correctsStepId: uuid.optional(),
  evidenceDocumentId: uuid.optional(),
  response: z.enum(OFFICIAL_RESPONSES).optional(),
  followUp: z.enum(FOLLOW_UPS).optional(),
  remedy: z.enum(REMEDIES).optional(),
  convicted: z
    .array(z.enum(['perpetrators', 'masterminds']))
    .min(1)
    .optional(),
});
export type StepInput = z.input<typeof stepInput>;

export const checklistInput = z.strictObject({
  version: expectedVersion,
  answers: z
    .array(
      z.strictObject({
        itemId: z.enum(CHECKLIST_ITEM_IDS),
        status: z.enum(CHECK_STATUSES),
        source: z.string().max(1000).default(''),
        note: z.string().max(2000).optional(),
      }),
    )
    .max(CHECKLIST_ITEM_IDS.length),
});

const policyRule = z.strictObject({
  id: nonEmptyText(100),
  afterStage: z.string().optional(),
  afterStep: z.string().optional(),
  waitDays: z.number().int().min(0).max(36500),
  expect: z.union([z.string(), z.array(z.string()).min(1)]),
  action: z.enum(['overdue', 'follow_up']),
  label: nonEmptyText(300),
});
export const policyInput = z.strictObject({
  /** The version last seen; omit when the case still uses the default policy. */
  version: expectedVersion.optional(),
  rules: z.array(policyRule).max(100),
});

export const letterOptionsInput = z.strictObject({
  format: z.enum(['markdown', 'html']).default('markdown'),
  recipient: z
    .strictObject({
      name: nonEmptyText(300).optional(),
      kind: z.enum(AUTHORITY_KINDS).optional(),
      /** Cleared recipients see real names and exact places; the default is not cleared. */
      cleared: z.boolean().default(false),
    })
    .default({ cleared: false }),
  organisation: z
    .strictObject({ name: nonEmptyText(300), contact: z.string().max(300).optional() })
    .optional(),
});
export type LetterOptionsInput = z.input<typeof letterOptionsInput>;

export interface AllegationVictim {
  label: string;
  role: string | null;
  actorId: string | null;
}

/** An allegation as the API shows it: never a raw row. */
export interface AllegationSummary {
  id: string;
  caseId: string;
  title: string;
  perpetrator: { label: string | null; actorId: string | null };
  authority: { name: string | null; kind: AuthorityKind | null; reason: string | null };
  priority: Priority | null;
  proposalKey: string | null;
  grounds: unknown[];
  actIds: string[];
  incidentIds: string[];
  victims: AllegationVictim[];
  incidentStartDate: string | null;
  documentedOn: string | null;
  stage: Stage;
  outcome: OutcomeKind | null;
  stageSince: string | null;
  version: number;
}

export interface AllegationDetail extends AllegationSummary {
  /** Every step recorded, including the `documented` entry; corrections are kept beside what they correct. */
  timeline: (
    TimelineEntry | { step: DocumentedStep; effective: true; supersededBy: null; stageAfter: 'documented' }
  )[];
  flags: DeadlineFlag[];
  policy: { label: string; isDefault: boolean };
  checklist: { items: readonly ChecklistItem[]; answers: ChecklistAnswer[]; score: InvestigationScore };
}

/** The first entry of every history: when the allegation was documented (the engine needs no step for it). */
export interface DocumentedStep extends Omit<Step, 'kind'> {
  kind: 'documented';
}
