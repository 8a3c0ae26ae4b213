/**
 * Recording an allegation's steps: only ever added, after the engine's checks, one writer at a time per
 * allegation (the row is locked), each audited. A correction is a new step that supersedes an old one.
 */
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { getAllegation } from './allegation-tracking.service.js';
import { todayOf, withActs, type Clock } from './allegation.load.js';
import { toEngine } from './allegation.mapper.js';
import { loadAllegations, lockAllegation } from './allegation.repository.js';
import { stepInput } from './allegation.schema.js';
import { OUTCOME_KINDS, assertValidStep, type Step } from './engine/index.js';

const isOutcomeKindName = (kind: string): boolean => (OUTCOME_KINDS as readonly string[]).includes(kind);

/**
 * Adds a dated step after the engine's checks: a real date, not in the future nor before the incident,
 * in order (or out of order with a stated reason). Returns the allegation as it now stands.
 */
export async function addStep(ctx: ServiceContext, allegationId: string, raw: unknown, clock: Clock = {}) {
  const input = parseInput(stepInput, raw);
  const today = todayOf(clock);
  return inTransaction(ctx.db, async (trx) => {
    if (!/^[0-9a-f-]{36}$/i.test(allegationId) || !(await lockAllegation(trx, allegationId)))
      throw notFound('allegation', allegationId);
    const [loaded] = await withActs(trx, await loadAllegations(trx, { ids: [allegationId] }));
    if (!loaded) throw notFound('allegation', allegationId);
    if (input.evidenceDocumentId) {
      const doc = await trx
        .selectFrom('documents')
        .select('id')
        .where('id', '=', input.evidenceDocumentId)
        .executeTakeFirst();
      if (!doc)
        throw new AppError(
          'not_found',
          `evidenceDocumentId: document ${input.evidenceDocumentId} was not found`,
          'evidenceDocumentId',
        );
    }
    const engine = toEngine(loaded.record, loaded.acts);
    const step: Step = {
      id: randomUUID(),
      kind: input.kind as Step['kind'],
      date: input.date,
      recordedBy: ctx.actor,
      note: input.note,
      ...(input.outOfOrderReason !== undefined && { outOfOrderReason: input.outOfOrderReason }),
      ...(input.correctsStepId !== undefined && { correctsStepId: input.correctsStepId }),
      ...(input.evidenceDocumentId !== undefined && { evidenceDocumentId: input.evidenceDocumentId }),
      ...(input.response !== undefined && { response: input.response }),
      ...(input.followUp !== undefined && { followUp: input.followUp }),
      ...(input.remedy !== undefined && { remedy: input.remedy }),
      ...(input.convicted !== undefined && { convicted: input.convicted }),
    };
    assertValidStep(engine.allegation, engine.steps, step, { today });
    await trx
      .insertInto('allegation_steps')
      .values({
        id: step.id,
        allegation_id: allegationId,
        kind: step.kind,
        outcome: isOutcomeKindName(step.kind) ? step.kind : null,
        date: step.date,
        recorded_by: step.recordedBy,
        note: step.note,
        evidence_document_id: step.evidenceDocumentId ?? null,
        out_of_order_reason: step.outOfOrderReason ?? null,
        corrects_step_id: step.correctsStepId ?? null,
        details: JSON.stringify({
          ...(step.response && { response: step.response }),
          ...(step.followUp && { followUp: step.followUp }),
          ...(step.remedy && { remedy: step.remedy }),
          ...(step.convicted && { convicted: step.convicted }),
        }),
      })
      .execute();
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'allegation.step',
      entity: 'allegation',
      entityId: allegationId,
      after: step,
    });
    return getAllegation({ ...ctx, db: trx }, allegationId, { today });
  });
}
