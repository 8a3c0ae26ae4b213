import type {
  ExtractedIncident,
  Figure as ExtractedFigure,
  Actor as ExtractedActor,
} from '../extract/index.js';

export const PROPOSAL_KINDS = ['incident', 'figure', 'actor'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const PROPOSAL_STATUSES = ['pending', 'accepted', 'rejected', 'merged'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** An existing incident a proposal probably describes: offered as a merge instead of a new record. */
export interface ProposalMatch {
  incidentId: string;
  title: string;
  score: number;
  reasons: string[];
}

export type ProposalPayload =
  | { kind: 'incident'; incident: ExtractedIncident; match?: ProposalMatch | null }
  | { kind: 'figure'; figure: ExtractedFigure }
  | { kind: 'actor'; actor: ExtractedActor };

export interface Proposal {
  id: string;
  documentId: string;
  kind: ProposalKind;
  status: ProposalStatus;
  payload: ProposalPayload;
  recordId: string | null;
  version: number;
}
