/**
 * A case's deadline policy: the organisation's own follow-up rules, stored per case, DEFAULT_POLICY until
 * someone sets one. Always shown as "Policy: …", never as a legal limit.
 */
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.js';
import { getCase } from '../cases/case.service.js';
import type { Executor } from '../db/transaction.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError } from '../shared/errors.js';
import { parseInput } from '../shared/validate.js';
import { policyInput } from './allegation.schema.js';
import { DEFAULT_POLICY, assertValidPolicy, policyLabel, type Policy } from './engine/index.js';

export interface CasePolicy {
  caseId: string;
  policy: Policy;
  isDefault: boolean;
  /** Null while the case uses the default policy. */
  version: number | null;
  /** One line for people: says it is policy, and whose. */
  label: string;
  /** Each rule as a "Policy: …" sentence. */
  rules: string[];
}

function describe(caseId: string, policy: Policy, version: number | null): CasePolicy {
  const isDefault = version === null;
  const count = `${policy.rules.length} rule${policy.rules.length === 1 ? '' : 's'}`;
  return {
    caseId,
    policy,
    isDefault,
    version,
    label: isDefault
      ? `Policy: Dalil's default follow-up deadlines (${count}); an organisation's own practice, not law`
      : `Policy: this case's own follow-up deadlines (${count}, version ${version}); not law`,
    rules: policy.rules.map((r) => policyLabel(r.label)),
  };
}

/** The policy of a case (by id), or the default one. */
export async function loadPolicy(db: Executor, caseId: string): Promise<CasePolicy> {
  const row = await db
    .selectFrom('allegation_policies')
    .selectAll()
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!row) return describe(caseId, DEFAULT_POLICY, null);
  return describe(caseId, row.policy as Policy, row.version);
}

/** The policy of a case given by id or slug. */
export async function getPolicy(ctx: ServiceContext, caseIdOrSlug: string): Promise<CasePolicy> {
  const kase = await getCase(ctx, caseIdOrSlug);
  return loadPolicy(ctx.db, kase.id);
}

/** Sets a case's policy; `version` must match the stored one (omit it while the default applies). */
export async function setPolicy(
  ctx: ServiceContext,
  caseIdOrSlug: string,
  raw: unknown,
): Promise<CasePolicy> {
  const { version, ...policy } = parseInput(policyInput, raw);
  assertValidPolicy(policy as Policy);
  const kase = await getCase(ctx, caseIdOrSlug);
  return inTransaction(ctx.db, async (trx) => {
    const before = await loadPolicy(trx, kase.id);
    if (before.version !== (version ?? null))
      throw new AppError(
        'version_conflict',
        before.version === null
          ? `case ${kase.slug} still uses the default policy: send no version`
          : `the policy of case ${kase.slug} is at version ${before.version}, not ${version ?? 'none'}; reload it`,
        'version',
      );
    const json = JSON.stringify(policy);
    if (before.version === null)
      await trx
        .insertInto('allegation_policies')
        .values({ id: randomUUID(), case_id: kase.id, policy: json })
        .execute();
    else {
      const result = await trx
        .updateTable('allegation_policies')
        .set((eb) => ({ policy: json, version: eb('version', '+', 1), updated_at: new Date().toISOString() }))
        .where('case_id', '=', kase.id)
        .where('version', '=', before.version)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n)
        throw new AppError(
          'version_conflict',
          `the policy of case ${kase.slug} was just changed; reload it`,
          'version',
        );
    }
    const after = await loadPolicy(trx, kase.id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'allegation_policy.set',
      entity: 'case',
      entityId: kase.id,
      before: before.isDefault ? null : before.policy,
      after: after.policy,
    });
    return after;
  });
}
