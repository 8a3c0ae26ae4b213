/**
 * The investigation quality checklist (Minnesota Protocol; GC36 ¶27–28) as data, and a summary of how an
 * investigation measures up. Unknown is an honest answer: it lowers coverage, never the verdict by itself.
 */
import { invalid } from '../../shared/errors.js';

export const CHECKLIST_ITEM_IDS = [
  'prompt',
  'thorough_effective',
  'independent',
  'impartial',
  'transparent',
  'family_involved',
  'witnesses_protected',
  'outcome',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

export interface ChecklistItem {
  id: ChecklistItemId;
  label: string;
  description: string;
  /** Where the criterion comes from. */
  standard: string;
}

const STANDARD = 'Minnesota Protocol; GC36 ¶27–28';

export const INVESTIGATION_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'prompt',
    label: 'Prompt',
    description: 'Opened on the State’s own initiative without delay; the opening date is known.',
    standard: STANDARD,
  },
  {
    id: 'thorough_effective',
    label: 'Thorough and effective',
    description:
      'Victim identified, evidence preserved, witnesses heard; for a death, its cause, manner, time and place established; everyone involved identified, superiors included.',
    standard: STANDARD,
  },
  {
    id: 'independent',
    label: 'Independent',
    description: 'Run by people outside the unit and chain of command involved.',
    standard: STANDARD,
  },
  {
    id: 'impartial',
    label: 'Impartial',
    description: 'Evidence weighed without bias for or against anyone involved.',
    standard: STANDARD,
  },
  {
    id: 'transparent',
    label: 'Transparent',
    description: 'Findings made public; any redaction justified.',
    standard: STANDARD,
  },
  {
    id: 'family_involved',
    label: 'Family involved',
    description: 'Victims or their families informed and able to take part.',
    standard: STANDARD,
  },
  {
    id: 'witnesses_protected',
    label: 'Witnesses protected',
    description: 'Victims and witnesses protected from threats and reprisals.',
    standard: STANDARD,
  },
  {
    id: 'outcome',
    label: 'Outcome',
    description: 'A criminal process where warranted, no amnesty, and reparation for the victims.',
    standard: STANDARD,
  },
];

export const CHECK_STATUSES = ['met', 'partly', 'not_met', 'unknown'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** Our judgement on one item, and what it rests on (a document id, a letter, a meeting note). */
export interface ChecklistAnswer {
  itemId: ChecklistItemId;
  status: CheckStatus;
  source: string;
  note?: string;
}

export type InvestigationVerdict = 'meets_standard' | 'partly_meets' | 'falls_short' | 'incomplete';

export interface InvestigationScore {
  counts: Record<CheckStatus, number>;
  /** Met counts 1, partly 0.5, over all items (unknown counts 0). */
  score: number;
  /** Share of items with a known status. */
  coverage: number;
  verdict: InvestigationVerdict;
  notMet: ChecklistItemId[];
  unknown: ChecklistItemId[];
}

/** Summarises answers; items without an answer count as unknown. Throws on an unknown item or a missing source. */
export function scoreInvestigation(answers: readonly ChecklistAnswer[]): InvestigationScore {
  const byId = new Map<ChecklistItemId, ChecklistAnswer>();
  answers.forEach((a, i) => {
    if (!CHECKLIST_ITEM_IDS.includes(a.itemId))
      throw invalid(`items[${i}].itemId`, `unknown item '${a.itemId}'`);
    if (!CHECK_STATUSES.includes(a.status))
      throw invalid(`items[${i}].status`, `unknown status '${a.status}'`);
    if (byId.has(a.itemId)) throw invalid(`items[${i}].itemId`, `'${a.itemId}' is answered twice`);
    if (a.status !== 'unknown' && a.source.trim() === '')
      throw invalid(`items[${i}].source`, `say what the answer on '${a.itemId}' rests on`);
    byId.set(a.itemId, a);
  });
  const counts: Record<CheckStatus, number> = { met: 0, partly: 0, not_met: 0, unknown: 0 };
  const notMet: ChecklistItemId[] = [];
  const unknown: ChecklistItemId[] = [];
  for (const id of CHECKLIST_ITEM_IDS) {
    const status = byId.get(id)?.status ?? 'unknown';
    counts[status] += 1;
    if (status === 'not_met') notMet.push(id);
    if (status === 'unknown') unknown.push(id);
  }
  const total = CHECKLIST_ITEM_IDS.length;
  const verdict: InvestigationVerdict =
    counts.not_met > 0
      ? 'falls_short'
      : counts.unknown > 0
        ? 'incomplete'
        : counts.partly > 0
          ? 'partly_meets'
          : 'meets_standard';
  return {
    counts,
    score: (counts.met + counts.partly / 2) / total,
    coverage: (total - counts.unknown) / total,
    verdict,
    notMet,
    unknown,
  };
}
