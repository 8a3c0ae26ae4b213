/** Who works on a case, and in which role there. An admin of the deployment needs no membership. */
import { appendAudit } from '../audit/audit-log.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { type CaseMember, type UserRole, memberInput } from './account.schema.js';

export async function listMembers(ctx: ServiceContext, caseId: string): Promise<CaseMember[]> {
  const rows = await ctx.db
    .selectFrom('case_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.case_id', 'm.user_id', 'm.role', 'u.email', 'u.display_name'])
    .where('m.case_id', '=', caseId)
    .orderBy('u.email')
    .execute();
  return rows.map((r) => ({
    caseId: r.case_id,
    userId: r.user_id,
    email: r.email,
    displayName: r.display_name,
    role: r.role as UserRole,
  }));
}

export async function setMember(
  ctx: ServiceContext,
  caseId: string,
  userIdOrEmail: string,
  raw: unknown,
): Promise<CaseMember> {
  const { role } = parseInput(memberInput, raw);
  return inTransaction(ctx.db, async (trx) => {
    const byId = /^[0-9a-f-]{36}$/i.test(userIdOrEmail);
    const user = await trx
      .selectFrom('users')
      .select(['id', 'email', 'display_name'])
      .where(byId ? 'id' : 'email', '=', byId ? userIdOrEmail : userIdOrEmail.toLowerCase())
      .executeTakeFirst();
    if (!user) throw notFound('user', userIdOrEmail);
    const kase = await trx.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst();
    if (!kase) throw notFound('case', caseId);
    const before = await trx
      .selectFrom('case_members')
      .select('role')
      .where('case_id', '=', caseId)
      .where('user_id', '=', user.id)
      .executeTakeFirst();
    await trx
      .insertInto('case_members')
      .values({ case_id: caseId, user_id: user.id, role })
      .onConflict((oc) => oc.columns(['case_id', 'user_id']).doUpdateSet({ role }))
      .execute();
    const member = { caseId, userId: user.id, email: user.email, displayName: user.display_name, role };
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'case.member',
      entity: 'case',
      entityId: caseId,
      before: before ?? null,
      after: member,
    });
    return member;
  });
}

export async function removeMember(ctx: ServiceContext, caseId: string, userId: string): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .deleteFrom('case_members')
      .where('case_id', '=', caseId)
      .where('user_id', '=', userId)
      .returning('role')
      .executeTakeFirst();
    if (!row) throw notFound('case member', userId);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'case.member_remove',
      entity: 'case',
      entityId: caseId,
      before: { userId, role: row.role },
    });
  });
}
