import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { listActs, updateAct } from '../acts/act.service.js';
import { seedKyrgyzstanCase, type SeededCase } from '../demo/seed-kyrgyzstan.js';
import { corpusFolder, readSeedStatement } from '../demo/statement-file.js';
import { createIncident } from '../incidents/incident.service.js';
import type { ServiceContext } from '../shared/context.js';
import { describeEachDatabase } from '../test/databases.js';
import type { ActAssessmentResult } from './assessment.schema.js';
import { assessCase, assessIncident, reviewFinding, summariseCase } from './assessment.service.js';

interface Expected {
  incident: string;
  finding: string;
  why: string;
}
const truth = JSON.parse(
  readFileSync(path.join(corpusFolder(), 'amnesty-kyrgyzstan-2020-10.truth.json'), 'utf8'),
) as { expected_assessments: Expected[] };

describeEachDatabase('assessments of the seed case', (use) => {
  let ctx: ServiceContext;
  let seeded: SeededCase;
  let results: ActAssessmentResult[];
  const ofIncident = (key: string) => results.filter((r) => r.incident.id === seeded.incidents[key]);
  const findingsOf = (key: string) => ofIncident(key).flatMap((r) => r.findings);

  beforeAll(async () => {
    ctx = { db: use().db, actor: 'tester' };
    seeded = await seedKyrgyzstanCase(ctx, readSeedStatement());
    results = await assessCase(ctx, seeded.caseId);
  });

  it('finds every expected assessment of the truth file on the incident it names', () => {
    expect(truth.expected_assessments.length).toBeGreaterThanOrEqual(7);
    for (const expected of truth.expected_assessments) {
      expect(seeded.incidents[expected.incident], expected.incident).toBeDefined();
      expect(
        findingsOf(expected.incident).map((f) => f.finding),
        `${expected.incident}: ${expected.why}`,
      ).toContain(expected.finding);
    }
  });

  it('ties the dispersal findings to the rules the truth gives as reasons', () => {
    const byRule = Object.fromEntries(findingsOf('dispersal-bishkek').map((f) => [f.rule, f.finding]));
    expect(byRule['LLW-7.7']).toBe('possible_violation'); // water cannon on a mostly peaceful crowd
    expect(byRule['LLW-7.3']).toBe('possible_violation'); // tear gas
    expect(byRule['LLW-7.5']).toBe('violation'); // rubber bullets to disperse
    expect(byRule['GC36-27']).toBe('death_requires_investigation');
    expect(ofIncident('dispersal-bishkek')[0]?.missingFacts).toContain('participant_violence');
    expect(ofIncident('kozhomuratov-rubber-bullet')[0]?.headline?.finding).toBe('violation');
    expect(ofIncident('kharizov-phone')[0]?.headline?.finding).toBe('violation');
    expect(ofIncident('kloop-crew-osh')[0]?.headline?.finding).toBe('abuse_by_non_state_actor');
    expect(ofIncident('ambulances-seized')[0]?.headline?.finding).toBe('abuse_by_non_state_actor');
  });

  it('cites an instrument and a paragraph in every finding and never calls conduct illegal', () => {
    const all = results.flatMap((r) => r.findings);
    expect(all.length).toBeGreaterThan(5);
    for (const f of all) {
      expect(f.instrument).toMatch(/\S/);
      expect(f.paragraphs.length).toBeGreaterThan(0);
      // The main citation names the instrument and a paragraph ("LLW 7.5", "GC37 ¶87").
      expect(f.paragraphs[0]?.startsWith(f.instrument)).toBe(true);
      expect(f.paragraphs[0]).toMatch(/\d/);
      expect(f.explanation).not.toMatch(/illegal/i);
    }
  });

  it('stores one row per applicable rule and writes nothing when the facts have not changed', async () => {
    const rows = await ctx.db.selectFrom('assessments').select(['act_id', 'rule_id']).execute();
    expect(rows.length).toBe(results.flatMap((r) => r.findings).length);
    const auditBefore = await ctx.db.selectFrom('audit_log').select('seq').execute();
    const again = await assessCase(ctx, 'kyrgyzstan-2020-10');
    expect(again.every((r) => r.diff.changes.length === 0)).toBe(true);
    expect(again.flatMap((r) => r.findings.map((f) => f.id))).toEqual(
      results.flatMap((r) => r.findings.map((f) => f.id)),
    );
    expect((await ctx.db.selectFrom('audit_log').select('seq').execute()).length).toBe(auditBefore.length);
  });

  it('audits every stored finding', async () => {
    const created = await ctx.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'assessment.create')
      .execute();
    const ids = new Set(created.map((e) => e.entity_id));
    for (const f of results.flatMap((r) => r.findings)) expect(ids.has(f.id)).toBe(true);
  });

  it('keeps the computed and the reviewed finding, and refuses an override without a reason', async () => {
    const water = findingsOf('dispersal-bishkek').find((f) => f.rule === 'LLW-7.7')!;
    await expect(
      reviewFinding(ctx, water.id, { finding: 'violation', version: water.version }),
    ).rejects.toMatchObject({ code: 'validation_failed', field: 'reason' });
    await expect(
      reviewFinding(ctx, water.id, { finding: 'violation', reason: '   ', version: water.version }),
    ).rejects.toMatchObject({ code: 'validation_failed', field: 'reason' });
    const overridden = await reviewFinding(ctx, water.id, {
      finding: 'violation',
      reason: 'Video evidence shows no violence by participants before the water cannon was used.',
      version: water.version,
    });
    expect(overridden).toMatchObject({
      finding: 'possible_violation',
      reviewed_finding: 'violation',
      reviewed_by: 'tester',
    });
    expect(overridden.version).toBe(water.version + 1);
    await expect(
      reviewFinding(ctx, water.id, { finding: 'confirmed', version: water.version }),
    ).rejects.toMatchObject({ code: 'version_conflict' });

    const phone = findingsOf('kharizov-phone').find((f) => f.finding === 'violation')!;
    const confirmed = await reviewFinding(ctx, phone.id, { finding: 'confirmed', version: phone.version });
    expect(confirmed).toMatchObject({
      finding: 'violation',
      reviewed_finding: 'violation',
      review_reason: null,
    });

    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'before', 'after'])
      .where('entity', '=', 'assessment')
      .where('action', 'in', ['assessment.override', 'assessment.confirm'])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => [a.action, a.entity_id])).toEqual([
      ['assessment.override', water.id],
      ['assessment.confirm', phone.id],
    ]);
    expect(audit[0]?.after).toMatchObject({ finding: 'possible_violation', reviewed_finding: 'violation' });

    // The summary states the reviewed position: the water cannon now counts as inconsistent.
    const summary = await summariseCase(ctx, seeded.caseId);
    expect(summary.text).toMatch(/inconsistent with LLW 7\.7/);
    expect(summary.lines.find((l) => l.rule === 'LLW-7.5')?.kind).toBe('violation');
  });

  it('recomputes when an act’s facts change, shows the difference and keeps the review', async () => {
    const [act] = await listActs(ctx, seeded.incidents['dispersal-bishkek']!);
    const [before] = await assessIncident(ctx, seeded.incidents['dispersal-bishkek']!);
    await updateAct(ctx, act!.id, {
      version: act!.version,
      facts: { ...act!.facts, fire_mode: 'direct' },
    });
    const [after] = await assessIncident(ctx, seeded.incidents['dispersal-bishkek']!);
    const tearGas = after!.diff.changes.find((c) => c.rule === 'LLW-7.3');
    expect(tearGas).toMatchObject({
      change: 'finding_changed',
      before: { finding: 'possible_violation' },
      after: { finding: 'violation' },
    });
    const stored = after!.findings.find((f) => f.rule === 'LLW-7.3')!;
    expect(stored.finding).toBe('violation');
    expect(stored.id).toBe(before!.findings.find((f) => f.rule === 'LLW-7.3')!.id);
    const water = after!.findings.find((f) => f.rule === 'LLW-7.7')!;
    expect(water.reviewed_finding).toBe('violation');
    const updates = await ctx.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'assessment.update')
      .execute();
    expect(updates.map((u) => u.entity_id)).toContain(stored.id);
  });

  it('drops the stored finding of a rule that no longer applies, and shows it as removed', async () => {
    const key = 'dispersal-bishkek';
    const [act] = await listActs(ctx, seeded.incidents[key]!);
    await updateAct(ctx, act!.id, {
      version: act!.version,
      methods: act!.methods.filter((m) => m !== 'tear_gas'),
    });
    const [after] = await assessIncident(ctx, seeded.incidents[key]!);
    expect(after!.diff.changes).toContainEqual(
      expect.objectContaining({ rule: 'LLW-7.3', change: 'removed', after: null }),
    );
    expect(after!.findings.map((f) => f.rule)).not.toContain('LLW-7.3');
    const left = await ctx.db
      .selectFrom('assessments')
      .select('rule_id')
      .where('act_id', '=', act!.id)
      .execute();
    expect(left.map((r) => r.rule_id).sort()).toEqual(after!.findings.map((f) => f.rule).sort());
    const deleted = await ctx.db
      .selectFrom('audit_log')
      .select('before')
      .where('action', '=', 'assessment.delete')
      .execute();
    expect(deleted.map((d) => (d.before as { rule: string }).rule)).toContain('LLW-7.3');
  });

  it('names the act and the fact when stored facts can no longer be read', async () => {
    const [act] = await listActs(ctx, seeded.incidents['kloop-crew-osh']!);
    // As an import that bypassed the services could leave it.
    await ctx.db
      .updateTable('acts')
      .set({ facts: JSON.stringify({ target: 'everyone' }) })
      .where('id', '=', act!.id)
      .execute();
    const refused = assessIncident(ctx, seeded.incidents['kloop-crew-osh']!);
    await expect(refused).rejects.toMatchObject({ code: 'validation_failed', field: 'facts.target' });
    await expect(refused).rejects.toThrow(act!.id);
    await ctx.db
      .updateTable('acts')
      .set({ facts: JSON.stringify(act!.facts) })
      .where('id', '=', act!.id)
      .execute();
  });

  it('refuses bad act facts, naming the fact', async () => {
    const [act] = await listActs(ctx, seeded.incidents['kozhomuratov-rubber-bullet']!);
    await expect(
      updateAct(ctx, act!.id, { version: act!.version, facts: { target: 'everyone' } }),
    ).rejects.toMatchObject({ code: 'validation_failed', field: 'facts.target' });
    await expect(
      updateAct(ctx, act!.id, {
        version: act!.version,
        facts: { target_conduct: 'peaceful', threat_level: 'imminent_injury' },
      }),
    ).rejects.toMatchObject({ code: 'validation_failed', field: 'facts.threat_level' });
    await expect(
      updateAct(ctx, act!.id, { version: act!.version, facts: { participant_violence: 'isolated' } }),
    ).rejects.toMatchObject({ code: 'validation_failed', field: 'facts.participant_violence' });
  });

  it('keeps assembly facts on the incident and refuses bad ones, naming the fact', async () => {
    const dispersal = await ctx.db
      .selectFrom('incidents')
      .select('facts')
      .where('id', '=', seeded.incidents['dispersal-bishkek']!)
      .executeTakeFirstOrThrow();
    expect(dispersal.facts).toMatchObject({ reported_character: 'mostly_peaceful' });
    await expect(
      createIncident(ctx, {
        caseId: seeded.caseId,
        title: 'A rally',
        eventType: 'peaceful_protest',
        facts: { participant_violence: 'some' },
      }),
    ).rejects.toMatchObject({ code: 'validation_failed', field: 'facts.participant_violence' });
  });

  it('reports unknown incidents, cases and assessments as not found', async () => {
    await expect(assessIncident(ctx, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(assessCase(ctx, 'no-such-case')).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      reviewFinding(ctx, '00000000-0000-4000-8000-000000000000', { finding: 'confirmed', version: 1 }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
