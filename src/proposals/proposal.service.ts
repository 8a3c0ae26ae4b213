/**
 * Review: proposals are listed per document or case; a reviewer accepts (creating the records in one
 * transaction), edits, or rejects each. A proposal that matches an existing incident is accepted as a merge
 * into it unless the reviewer asks for a new incident.
 */
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.js';
import { createActor, findActorByName } from '../actors/actor.service.js';
import { createCitation } from '../citations/citation.service.js';
import type { Row } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { createFigure } from '../figures/figure.service.js';
import { findPlace } from '../places/gazetteer.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { expectedVersion, uuid } from '../shared/schemas.js';
import { parseInput } from '../shared/validate.js';
import { updateVersioned } from '../shared/versioned-update.js';
import { ACTOR_KINDS, VICTIM_ROLES } from '../vocabulary/vocabulary.js';
import { acceptIncident } from './accept-incident.js';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES, type Proposal, type ProposalPayload } from './proposal.types.js';

export function toProposal(row: Row<'proposals'>): Proposal {
  return {
    id: row.id,
    documentId: row.document_id,
    kind: row.kind as Proposal['kind'],
    status: row.status as Proposal['status'],
    payload: row.payload as unknown as ProposalPayload,
    recordId: row.record_id,
    version: row.version,
  };
}

export const proposalFilter = z.strictObject({
  caseId: uuid.optional(),
  documentId: uuid.optional(),
  status: z.enum(PROPOSAL_STATUSES).optional(),
  kind: z.enum(PROPOSAL_KINDS).optional(),
});

export async function listProposals(ctx: ServiceContext, raw: unknown = {}): Promise<Proposal[]> {
  const filter = parseInput(proposalFilter, raw);
  let query = ctx.db
    .selectFrom('proposals as p')
    .innerJoin('documents as d', 'd.id', 'p.document_id')
    .selectAll('p');
  if (filter.caseId) query = query.where('d.case_id', '=', filter.caseId);
  if (filter.documentId) query = query.where('p.document_id', '=', filter.documentId);
  if (filter.status) query = query.where('p.status', '=', filter.status);
  if (filter.kind) query = query.where('p.kind', '=', filter.kind);
  const rows = await query
    .orderBy('p.document_id')
    .orderBy('p.kind')
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
  // Within a document: incidents, then figures, then actors, each in reading order.
  const rank = { incident: 0, figure: 1, actor: 2 } as const;
  return rows
    .map(toProposal)
    .sort((a, b) =>
      a.documentId === b.documentId ? rank[a.kind] - rank[b.kind] || spanStart(a) - spanStart(b) : 0,
    );
}

function spanStart(p: Proposal): number {
  const payload = p.payload;
  return payload.kind === 'incident'
    ? payload.incident.span[0]
    : payload.kind === 'figure'
      ? payload.figure.span[0]
      : payload.actor.span[0];
}

export async function getProposal(ctx: ServiceContext, id: string): Promise<Proposal> {
  const row = await ctx.db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('proposal', id);
  return toProposal(row);
}

export const acceptOptions = z.strictObject({
  /** Create a new incident even when the proposal matches an existing one. */
  asNew: z.boolean().optional(),
  /** Merge into this incident instead of the one matched. */
  mergeInto: uuid.optional(),
});

const QUALIFIERS: Record<string, string> = { fewer_than: 'less_than' };

/** Accepts one proposal; returns it with the id of the record it created or merged into. */
export async function acceptProposal(ctx: ServiceContext, id: string, raw: unknown = {}): Promise<Proposal> {
  const options = parseInput(acceptOptions, raw);
  return inTransaction(ctx.db, async (trx) => {
    const tx = { ...ctx, db: trx };
    const proposal = await getProposal(tx, id);
    if (proposal.status !== 'pending') {
      throw new AppError('conflict', `proposal ${id} was already ${proposal.status}; nothing was changed`);
    }
    const document = await trx
      .selectFrom('documents')
      .select(['id', 'case_id'])
      .where('id', '=', proposal.documentId)
      .executeTakeFirstOrThrow();
    if (!document.case_id)
      throw new AppError(
        'validation_failed',
        `document ${document.id} belongs to no case; add it to a case first`,
        'caseId',
      );
    const payload = proposal.payload;
    let recordId: string;
    let status: Proposal['status'] = 'accepted';
    if (payload.kind === 'incident') {
      const mergeInto = options.asNew ? null : (options.mergeInto ?? payload.match?.incidentId ?? null);
      recordId = await acceptIncident(tx, document.case_id, document.id, payload.incident, mergeInto);
      if (mergeInto) status = 'merged';
    } else if (payload.kind === 'figure') {
      const f = payload.figure;
      const figure = await createFigure(tx, {
        caseId: document.case_id,
        what: f.what.slice(0, 300),
        measureKey: f.measure,
        value: f.value,
        qualifier: QUALIFIERS[f.qualifier] ?? f.qualifier,
        asOf: f.date,
        place: f.place && findPlace(f.place) ? f.place : null,
        reportedBy: f.reported_by,
      });
      await createCitation(tx, {
        documentId: document.id,
        figureId: figure.id,
        quote: f.quote,
        startOffset: f.span[0],
        endOffset: f.span[1],
        ...(f.footnote != null && { footnoteNumber: f.footnote }),
        ...(f.url && { footnoteUrl: f.url }),
      });
      recordId = figure.id;
    } else {
      const a = payload.actor;
      const existing = await findActorByName(tx, a.name);
      const role = a.role && (VICTIM_ROLES as readonly string[]).includes(a.role) ? a.role : null;
      recordId =
        existing?.id ??
        (
          await createActor(tx, {
            kind: (ACTOR_KINDS as readonly string[]).includes(a.kind) ? a.kind : 'other',
            name: a.name,
            professionalRole: role,
          })
        ).id;
    }
    const row = await updateVersioned(
      trx,
      'proposals',
      id,
      proposal.version,
      { status, record_id: recordId },
      'proposal',
    );
    const after = toProposal(row);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: `proposal.${status === 'merged' ? 'merge' : 'accept'}`,
      entity: 'proposal',
      entityId: id,
      before: { status: proposal.status },
      after: { status, recordId },
    });
    return after;
  });
}

export async function rejectProposal(ctx: ServiceContext, id: string, reason?: string): Promise<Proposal> {
  return inTransaction(ctx.db, async (trx) => {
    const proposal = await getProposal({ ...ctx, db: trx }, id);
    if (proposal.status !== 'pending')
      throw new AppError('conflict', `proposal ${id} was already ${proposal.status}; nothing was changed`);
    const after = toProposal(
      await updateVersioned(trx, 'proposals', id, proposal.version, { status: 'rejected' }, 'proposal'),
    );
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'proposal.reject',
      entity: 'proposal',
      entityId: id,
      before: { status: proposal.status },
      after: { status: 'rejected', reason: reason ?? null },
    });
    return after;
  });
}

export const proposalEdit = z.strictObject({
  version: expectedVersion,
  payload: z.record(z.string(), z.unknown()),
});

/** Edits a pending proposal's content before it is accepted; the kind cannot change. */
export async function editProposal(ctx: ServiceContext, id: string, raw: unknown): Promise<Proposal> {
  const { version, payload } = parseInput(proposalEdit, raw);
  return inTransaction(ctx.db, async (trx) => {
    const before = await getProposal({ ...ctx, db: trx }, id);
    if (before.status !== 'pending')
      throw new AppError('conflict', `proposal ${id} was already ${before.status}`);
    if (payload.kind !== before.kind)
      throw new AppError('validation_failed', `payload.kind: must stay "${before.kind}"`, 'payload.kind');
    const after = toProposal(
      await updateVersioned(trx, 'proposals', id, version, { payload: JSON.stringify(payload) }, 'proposal'),
    );
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'proposal.edit',
      entity: 'proposal',
      entityId: id,
      before: before.payload,
      after: after.payload,
    });
    return after;
  });
}

/** Accepts every pending incident and figure proposal of a case (actors follow from the incidents). */
export async function acceptAllProposals(
  ctx: ServiceContext,
  caseId: string,
): Promise<{ accepted: number; merged: number }> {
  return inTransaction(ctx.db, async (trx) => {
    const tx = { ...ctx, db: trx };
    const pending = (await listProposals(tx, { caseId, status: 'pending' })).filter(
      (p) => p.kind !== 'actor',
    );
    let accepted = 0;
    let merged = 0;
    for (const proposal of pending) {
      const done = await acceptProposal(tx, proposal.id);
      if (done.status === 'merged') merged++;
      else accepted++;
    }
    return { accepted, merged };
  });
}
