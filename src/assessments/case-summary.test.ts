/**
 * The case summary read from stored findings: equal to the engine's own summary, cheap to read again, and
 * re-assessing only the acts whose facts (or incident, or rules) changed since.
 */
import { beforeAll, expect, it } from 'vitest';
import { listActs, updateAct } from '../acts/act.service.js';
import { seedKyrgyzstanCase, type SeededCase } from '../demo/seed-kyrgyzstan.js';
import { readSeedStatement } from '../demo/statement-file.js';
import { getIncident, updateIncident } from '../incidents/incident.service.js';
import type { ServiceContext } from '../shared/context.js';
import { summariseFindings, type ActAssessment, type Finding } from '../standards/index.js';
import { describeEachDatabase } from '../test/databases.js';
import { countActs } from './assessment.repository.js';
import { assessCase, reviewFinding, runCaseAssessment, summariseCase } from './assessment.service.js';
import { engineFingerprint } from './engine-fingerprint.js';

describeEachDatabase('case summary from stored findings', (use) => {
  let ctx: ServiceContext;
  let seeded: SeededCase;
  const stale = async () => (await countActs(ctx.db, seeded.caseId, engineFingerprint())).stale;
  const auditCount = async () => (await ctx.db.selectFrom('audit_log').select('seq').execute()).length;
  const stamps = async () =>
    new Map(
      (
        await ctx.db
          .selectFrom('act_assessment_state')
          .select(['act_id', 'act_version', 'assessed_at'])
          .execute()
      ).map((r) => [r.act_id, `${r.act_version}@${r.assessed_at}`]),
    );

  beforeAll(async () => {
    ctx = { db: use().db, actor: 'tester' };
    seeded = await seedKyrgyzstanCase(ctx, readSeedStatement());
  });

  it('assesses a new case in batches, and then has nothing left to assess', async () => {
    expect(await stale()).toBe(5);
    const run = await runCaseAssessment(ctx, seeded.caseId, { batchSize: 2 });
    expect(run).toMatchObject({ acts: 5, assessed: 5, changed: 5, batches: 3 });
    expect(run.findingsChanged).toBeGreaterThan(5);
    expect(await stale()).toBe(0);
    expect(await runCaseAssessment(ctx, seeded.caseId)).toMatchObject({ assessed: 0, batches: 0 });
  });

  it('counts in SQL what the engine counts, with a reviewer’s finding in place of the computed one', async () => {
    const results = await assessCase(ctx, seeded.caseId);
    const water = results.flatMap((r) => r.findings).find((f) => f.rule === 'LLW-7.7')!;
    await reviewFinding(ctx, water.id, {
      finding: 'violation',
      reason: 'Video shows no violence by participants before the water cannon.',
      version: water.version,
    });
    const effective: ActAssessment[] = results.map((r) => {
      const findings = r.findings.map((f): Finding => ({
        ...f,
        finding: f.id === water.id ? 'violation' : f.finding,
      }));
      return {
        findings,
        headline: null,
        missingFacts: [...new Set(findings.flatMap((f) => f.missing_facts))],
      };
    });
    const expected = summariseFindings(effective);
    const summary = await summariseCase(ctx, seeded.caseId);
    expect(summary).toMatchObject({ caseId: seeded.caseId, acts: 5, stale: 0 });
    expect(summary.text).toBe(expected.text);
    expect(summary.lines).toEqual(expected.lines);
    expect(summary.text).toMatch(/2 acts inconsistent with LLW 7\.5/);
    expect(summary.text).toMatch(/1 act inconsistent with LLW 7\.7/);
    expect(summary.text).not.toMatch(/illegal/i);
  });

  it('writes nothing when read again with nothing changed', async () => {
    const [audit, before] = [await auditCount(), await stamps()];
    const first = await summariseCase(ctx, seeded.caseId);
    expect(await summariseCase(ctx, seeded.caseId)).toEqual(first);
    expect(await auditCount()).toBe(audit);
    expect(await stamps()).toEqual(before);
  });

  it('re-assesses only the act whose facts changed, and counts its new findings', async () => {
    const incidentId = seeded.incidents['kozhomuratov-rubber-bullet']!;
    const [act] = await listActs(ctx, incidentId);
    await updateAct(ctx, act!.id, { version: act!.version, facts: { ...act!.facts, impact_site: 'head' } });
    expect(await stale()).toBe(1);
    const before = await stamps();
    const summary = await summariseCase(ctx, seeded.caseId);
    expect(summary.stale).toBe(0);
    expect(await stale()).toBe(0);
    const after = await stamps();
    for (const [id, stamp] of before) {
      if (id === act!.id) expect(after.get(id)).not.toBe(stamp);
      else expect(after.get(id)).toBe(stamp);
    }
    const stored = await ctx.db
      .selectFrom('assessments')
      .select(['rule_id', 'explanation'])
      .where('act_id', '=', act!.id)
      .where('rule_id', '=', 'LLW-7.5')
      .executeTakeFirstOrThrow();
    expect(stored.explanation).toMatch(/head/i);
  });

  it('treats a change of the incident’s facts, or of the rules, as a change of its acts', async () => {
    const incidentId = seeded.incidents['dispersal-bishkek']!;
    const incident = await getIncident(ctx, incidentId);
    await updateIncident(ctx, incidentId, {
      version: incident.version,
      facts: { ...incident.facts, participant_violence: 'isolated' },
    });
    expect(await stale()).toBe((await listActs(ctx, incidentId)).length);
    await summariseCase(ctx, seeded.caseId);
    expect(await stale()).toBe(0);
    // As after an upgrade whose rules differ from those the findings were computed with.
    await ctx.db.updateTable('act_assessment_state').set({ engine: 'an older engine' }).execute();
    expect(await stale()).toBe(5);
    expect(await runCaseAssessment(ctx, seeded.caseId)).toMatchObject({ assessed: 5, changed: 0 });
  });

  it('shows stored findings and says how many acts await assessment beyond the re-assessment limit', async () => {
    const incidentId = seeded.incidents['kharizov-phone']!;
    const [act] = await listActs(ctx, incidentId);
    await updateAct(ctx, act!.id, {
      version: act!.version,
      facts: { ...act!.facts, investigation_opened: false },
    });
    const waiting = await summariseCase(ctx, seeded.caseId, { reassessLimit: 0 });
    expect(waiting.stale).toBe(1);
    expect(waiting.lines.at(-1)).toEqual({
      kind: 'awaiting_assessment',
      rule: null,
      acts: 1,
      text: '1 act awaits assessment on its current facts',
    });
    expect(waiting.text).not.toMatch(/GC34/); // the stored findings predate the new fact
    const run = await runCaseAssessment(ctx, seeded.caseId);
    expect(run).toMatchObject({ assessed: 1, changed: 1 });
    const current = await summariseCase(ctx, seeded.caseId, { reassessLimit: 0 });
    expect(current.stale).toBe(0);
    expect(current.text).toMatch(/1 act inconsistent with GC34 ¶23/);
  });
});
