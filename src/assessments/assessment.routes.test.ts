import { expect, it } from 'vitest';
import { seedKyrgyzstanCase } from '../demo/seed-kyrgyzstan.js';
import { buildServer } from '../http/server.js';
import { describeEachDatabase } from '../test/databases.js';
import type { ActAssessmentResult, CaseAssessmentRun, StoredFinding } from './assessment.schema.js';

describeEachDatabase('assessments over HTTP', (use) => {
  it('assesses, summarises and reviews the seed case through the API', async () => {
    const seeded = await seedKyrgyzstanCase({ db: use().db, actor: 'tester' }, null);
    const app = await buildServer({ db: use().db, allowLocal: true });

    const assessed = await app.inject({ method: 'POST', url: '/api/cases/kyrgyzstan-2020-10/assess' });
    expect(assessed.statusCode).toBe(200);
    expect(assessed.json<CaseAssessmentRun>()).toMatchObject({
      caseId: seeded.caseId,
      acts: 5,
      assessed: 5,
      changed: 5,
      batches: 1,
    });
    // Nothing changed since: nothing to assess, unless every act is asked for.
    const again = await app.inject({ method: 'POST', url: '/api/cases/kyrgyzstan-2020-10/assess' });
    expect(again.json<CaseAssessmentRun>()).toMatchObject({ assessed: 0, changed: 0, batches: 0 });
    const all = await app.inject({ method: 'POST', url: '/api/cases/kyrgyzstan-2020-10/assess?all=true' });
    expect(all.json<CaseAssessmentRun>()).toMatchObject({ assessed: 5, changed: 0 });
    const bad = await app.inject({ method: 'POST', url: '/api/cases/kyrgyzstan-2020-10/assess?all=yes' });
    expect(bad.statusCode).toBe(400);

    const one = await app.inject({
      method: 'GET',
      url: `/api/incidents/${seeded.incidents['kozhomuratov-rubber-bullet']}/assessment`,
    });
    expect(one.statusCode).toBe(200);
    const [act] = one.json<ActAssessmentResult[]>();
    expect(act?.headline).toMatchObject({ rule: 'LLW-7.5', finding: 'violation', instrument: 'LLW' });
    expect(act?.diff.changes).toEqual([]); // assessed already, nothing changed since

    const summary = await app.inject({
      method: 'GET',
      url: `/api/cases/${seeded.caseId}/assessment-summary`,
    });
    expect(summary.statusCode).toBe(200);
    const body = summary.json<{ text: string; acts: number; stale: number }>();
    expect(body.acts).toBe(5);
    expect(body.stale).toBe(0);
    expect(body.text).toMatch(/2 acts inconsistent with LLW 7\.5/);
    expect(body.text).not.toMatch(/illegal/i);

    const target = act!.findings.find((f) => f.rule === 'LLW-7.5')!;
    const review = (payload: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: `/api/assessments/${target.id}/review`, payload });
    const noReason = await review({ finding: 'possible_violation', version: target.version });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<{ error: { code: string; field?: string } }>().error).toMatchObject({
      code: 'validation_failed',
      field: 'reason',
    });
    expect((await review({ finding: 'maybe', version: target.version })).statusCode).toBe(400);
    const ok = await review({
      finding: 'possible_violation',
      reason: 'The footage does not show whether he was hit by the first shot.',
      version: target.version,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<StoredFinding>()).toMatchObject({
      finding: 'violation',
      reviewed_finding: 'possible_violation',
    });
    expect((await review({ finding: 'confirmed', version: target.version })).statusCode).toBe(409);

    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/incidents/00000000-0000-4000-8000-000000000000/assessment',
        })
      ).statusCode,
    ).toBe(404);
    const docs = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(docs.paths)).toEqual(
      expect.arrayContaining([
        '/api/incidents/{id}/assessment',
        '/api/cases/{id}/assess',
        '/api/cases/{id}/assessment-summary',
        '/api/assessments/{id}/review',
      ]),
    );
    await app.close();
  });
});
