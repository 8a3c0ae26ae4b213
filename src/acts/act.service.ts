/** Acts: one perpetrator's act on one victim (or group) inside an incident — who did what to whom, with what. */
import { randomUUID } from 'node:crypto';
import { checkActFacts } from '../assessments/record-facts.js';
import { appendAudit } from '../audit/audit-log.js';
import type { Row } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { updateVersioned } from '../shared/versioned-update.js';
import { type Act, actInput, actUpdate } from './act.schema.js';

export function toAct(row: Row<'acts'>): Act {
  return {
    id: row.id,
    incidentId: row.incident_id,
    perpetratorId: row.perpetrator_id,
    perpetratorLabel: row.perpetrator_label,
    victimId: row.victim_id,
    victimLabel: row.victim_label,
    victimRole: row.victim_role,
    victimCount: row.victim_count,
    actType: row.act_type,
    methods: row.methods,
    facts: row.facts,
    killed: row.killed,
    injured: row.injured,
    severity: row.severity,
    version: row.version,
  };
}

function toColumns(input: Partial<ReturnType<typeof actInput.parse>>) {
  return {
    ...(input.perpetratorId !== undefined && { perpetrator_id: input.perpetratorId }),
    ...(input.perpetratorLabel !== undefined && { perpetrator_label: input.perpetratorLabel }),
    ...(input.victimId !== undefined && { victim_id: input.victimId }),
    ...(input.victimLabel !== undefined && { victim_label: input.victimLabel }),
    ...(input.victimRole !== undefined && { victim_role: input.victimRole }),
    ...(input.victimCount !== undefined && { victim_count: input.victimCount }),
    ...(input.actType !== undefined && { act_type: input.actType }),
    ...(input.methods !== undefined && { methods: input.methods }),
    ...(input.facts !== undefined && { facts: JSON.stringify(input.facts) }),
    ...(input.killed !== undefined && { killed: input.killed }),
    ...(input.injured !== undefined && { injured: input.injured }),
    ...(input.severity !== undefined && { severity: input.severity }),
  };
}

export async function createAct(ctx: ServiceContext, raw: unknown): Promise<Act> {
  const input = parseInput(actInput, raw);
  checkActFacts(input.facts ?? {}, { methods: input.methods ?? [], victimRole: input.victimRole ?? null });
  return inTransaction(ctx.db, async (trx) => {
    const incident = await trx
      .selectFrom('incidents')
      .select('id')
      .where('id', '=', input.incidentId)
      .executeTakeFirst();
    if (!incident)
      throw new AppError('not_found', `incidentId: incident ${input.incidentId} was not found`, 'incidentId');
    const row = await trx
      .insertInto('acts')
      .values({
        id: randomUUID(),
        incident_id: input.incidentId,
        act_type: input.actType,
        facts: '{}',
        ...toColumns(input),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const act = toAct(row);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'act.create',
      entity: 'act',
      entityId: act.id,
      after: act,
    });
    return act;
  });
}

export async function getAct(ctx: ServiceContext, id: string): Promise<Act> {
  const row = await ctx.db.selectFrom('acts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('act', id);
  return toAct(row);
}

export async function listActs(ctx: ServiceContext, incidentId: string): Promise<Act[]> {
  const rows = await ctx.db
    .selectFrom('acts')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toAct);
}

export async function updateAct(ctx: ServiceContext, id: string, raw: unknown): Promise<Act> {
  const { version, incidentId, ...changes } = parseInput(actUpdate, raw);
  return inTransaction(ctx.db, async (trx) => {
    const before = await getAct({ ...ctx, db: trx }, id);
    if (changes.facts || changes.methods || changes.victimRole !== undefined)
      checkActFacts(changes.facts ?? before.facts, {
        methods: changes.methods ?? before.methods,
        victimRole: changes.victimRole === undefined ? before.victimRole : changes.victimRole,
      });
    if (incidentId && incidentId !== before.incidentId) {
      throw new AppError(
        'validation_failed',
        'incidentId: an act cannot be moved to another incident',
        'incidentId',
      );
    }
    const after = toAct(await updateVersioned(trx, 'acts', id, version, toColumns(changes), 'act'));
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'act.update',
      entity: 'act',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
