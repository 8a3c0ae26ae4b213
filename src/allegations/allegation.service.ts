/**
 * Allegations: acts to be answered for, tracked from documentation to an outcome. Recording them, by hand
 * or from the proposal rules, and changing who answers for them; steps are in allegation-steps.service.ts.
 * Every write is validated, audited and runs in one transaction. Functions that depend on the date take
 * `today`, so tests and back-filled records use fixed dates.
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import { appendAudit } from '../audit/audit-log.js';
import { getCase } from '../cases/case.service.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { updateVersioned } from '../shared/versioned-update.js';
import { assessStoredAct, toActForProposal } from './act-assessment.js';
import { DOCUMENTED, toSummary } from './allegation.mapper.js';
import {
  allegedActIdsOfCase,
  allegedActs,
  loadAllegations,
  loadStoredActs,
} from './allegation.repository.js';
import { allegationInput, allegationUpdate, type AllegationSummary } from './allegation.schema.js';
import { getAllegation } from './allegation-tracking.service.js';
import { todayOf, withActs, type Clock } from './allegation.load.js';
import { proposeAllegations, type AllegationProposal } from './engine/index.js';

async function insertAllegation(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  values: {
    caseId: string;
    title: string;
    actIds: string[];
    perpetratorLabel: string | null;
    perpetratorId: string | null;
    authority: string | null;
    authorityKind: string | null;
    authorityReason: string | null;
    priority: string | null;
    proposalKey: string | null;
    grounds: unknown[];
  },
  today: string,
  note: string,
): Promise<AllegationSummary> {
  const id = randomUUID();
  await trx
    .insertInto('allegations')
    .values({
      id,
      case_id: values.caseId,
      title: values.title,
      perpetrator_label: values.perpetratorLabel,
      perpetrator_id: values.perpetratorId,
      authority: values.authority,
      authority_kind: values.authorityKind,
      authority_reason: values.authorityReason,
      priority: values.priority,
      proposal_key: values.proposalKey,
      grounds: JSON.stringify(values.grounds),
      checklist: '[]',
    })
    .execute();
  await trx
    .insertInto('allegation_acts')
    .values(values.actIds.map((actId) => ({ allegation_id: id, act_id: actId })))
    .execute();
  await trx
    .insertInto('allegation_steps')
    .values({
      id: randomUUID(),
      allegation_id: id,
      kind: DOCUMENTED,
      date: today,
      recorded_by: ctx.actor,
      note,
    })
    .execute();
  const [loaded] = await withActs(trx, await loadAllegations(trx, { ids: [id] }));
  if (!loaded) throw new AppError('internal', `allegation ${id} vanished while being created`);
  const created = toSummary(loaded.record, loaded.acts);
  await appendAudit(trx, {
    actor: ctx.actor,
    action: 'allegation.create',
    entity: 'allegation',
    entityId: id,
    after: created,
  });
  return created;
}

/** Records an allegation entered by hand: its acts (all in the case, none already alleged), perpetrator, authority. */
export async function createAllegation(
  ctx: ServiceContext,
  raw: unknown,
  clock: Clock = {},
): Promise<AllegationSummary> {
  const input = parseInput(allegationInput, raw);
  const today = todayOf(clock);
  const actIds = [...new Set(input.actIds)].sort();
  return inTransaction(ctx.db, async (trx) => {
    const kase = await getCase({ ...ctx, db: trx }, input.caseId);
    await lockCase(trx, kase.id);
    const acts = await loadStoredActs(trx, { actIds });
    const missing = actIds.find((id) => !acts.some((a) => a.id === id));
    if (missing) throw new AppError('not_found', `actIds: act ${missing} was not found`, 'actIds');
    const outside = acts.find((a) => a.caseId !== kase.id);
    if (outside) throw invalidField('actIds', `act ${outside.id} belongs to another case`);
    if (input.perpetratorId) {
      const actor = await trx
        .selectFrom('actors')
        .select('id')
        .where('id', '=', input.perpetratorId)
        .executeTakeFirst();
      if (!actor)
        throw new AppError(
          'not_found',
          `perpetratorId: actor ${input.perpetratorId} was not found`,
          'perpetratorId',
        );
    }
    const taken = await allegedActs(trx, actIds);
    const [actId, allegationId] = [...taken.entries()][0] ?? [];
    if (actId)
      throw new AppError(
        'conflict',
        `act ${actId} already belongs to allegation ${allegationId ?? '?'}`,
        'actIds',
      );
    return insertAllegation(
      trx,
      ctx,
      {
        caseId: kase.id,
        title: input.title,
        actIds,
        perpetratorLabel: input.perpetratorLabel ?? acts[0]?.perpetratorLabel ?? null,
        perpetratorId: input.perpetratorId ?? null,
        authority: input.authority?.name ?? null,
        authorityKind: input.authority?.kind ?? null,
        authorityReason: null,
        priority: null,
        proposalKey: null,
        grounds: [],
      },
      today,
      'Entered by hand.',
    );
  });
}

const invalidField = (field: string, message: string) =>
  new AppError('validation_failed', `${field}: ${message}`, field);

/** Serialises writers that claim acts of one case (proposals and hand entries). */
const lockCase = (trx: Transaction<Database>, caseId: string) =>
  sql`SELECT pg_advisory_xact_lock(7302, hashtext(${caseId}))`.execute(trx);

export interface ProposeResult {
  proposals: AllegationProposal[];
  created: AllegationSummary[];
}

/**
 * Runs the proposal rules on every act of a case (headline findings from the standards engine) and stores
 * each proposal as an allegation at `documented`, dated today. Acts already in an allegation are never
 * proposed again, so running it twice creates nothing the second time. `dryRun` only returns the proposals.
 */
export async function proposeForCase(
  ctx: ServiceContext,
  caseIdOrSlug: string,
  options: Clock & { dryRun?: boolean } = {},
): Promise<ProposeResult> {
  const today = todayOf(options);
  return inTransaction(ctx.db, async (trx) => {
    const kase = await getCase({ ...ctx, db: trx }, caseIdOrSlug);
    await lockCase(trx, kase.id);
    const acts = await loadStoredActs(trx, { caseId: kase.id });
    const forProposal = acts.map((act) => toActForProposal(act, assessStoredAct(act)));
    const proposals = proposeAllegations(forProposal, await allegedActIdsOfCase(trx, kase.id));
    if (options.dryRun) return { proposals, created: [] };
    const created: AllegationSummary[] = [];
    for (const p of proposals) {
      const grouped = acts.filter((a) => p.actIds.includes(a.id));
      const perpetratorIds = [...new Set(grouped.map((a) => a.perpetrator?.id ?? null))];
      created.push(
        await insertAllegation(
          trx,
          ctx,
          {
            caseId: kase.id,
            title: p.title,
            actIds: p.actIds,
            perpetratorLabel: p.allegedPerpetrator.label,
            perpetratorId: perpetratorIds.length === 1 ? (perpetratorIds[0] ?? null) : null,
            authority: null,
            authorityKind: p.authorityKind,
            authorityReason: p.authorityReason,
            priority: p.priority,
            proposalKey: p.key,
            grounds: p.grounds,
          },
          today,
          `Proposed: ${[...new Set(p.grounds.map((g) => g.trigger))].join(', ')}.`,
        ),
      );
    }
    return { proposals, created };
  });
}

/** Changes an allegation's title, perpetrator label or responsible authority (versioned, audited). */
export async function updateAllegation(
  ctx: ServiceContext,
  id: string,
  raw: unknown,
): Promise<AllegationSummary> {
  const { version, ...changes } = parseInput(allegationUpdate, raw);
  return inTransaction(ctx.db, async (trx) => {
    const before = await getAllegation({ ...ctx, db: trx }, id);
    await updateVersioned(
      trx,
      'allegations',
      id,
      version,
      {
        ...(changes.title !== undefined && { title: changes.title }),
        ...(changes.perpetratorLabel !== undefined && { perpetrator_label: changes.perpetratorLabel }),
        ...(changes.authority !== undefined && {
          authority: changes.authority?.name ?? null,
          authority_kind: changes.authority?.kind ?? null,
        }),
      },
      'allegation',
    );
    const after = await getAllegation({ ...ctx, db: trx }, id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'allegation.update',
      entity: 'allegation',
      entityId: id,
      before: toAuditView(before),
      after: toAuditView(after),
    });
    return after;
  });
}

const toAuditView = (a: AllegationSummary) => ({
  title: a.title,
  perpetrator: a.perpetrator,
  authority: a.authority,
  version: a.version,
});
