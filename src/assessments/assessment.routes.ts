/**
 * HTTP routes of the assessments: assess an incident or a case against the UN standards, the case summary,
 * and a reviewer's confirmation or override of one finding.
 */
import { z } from 'zod';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { reviewInput } from './assessment.schema.js';
import { assessIncident, reviewFinding, runCaseAssessment, summariseCase } from './assessment.service.js';

const incidentId = z.object({ id: z.uuid() });
const caseId = z.object({ id: z.string().min(1).max(100).describe('case id or slug') });
const assessmentId = z.object({ id: z.uuid() });
const assessQuery = z.object({
  all: z
    .enum(['true', 'false'])
    .optional()
    .describe('re-assess every act, not only those whose facts or rules changed since'),
});

export function registerAssessmentRoutes(app: ZodApp, context: ContextFactory): void {
  app.get(
    '/api/incidents/:id/assessment',
    {
      schema: {
        tags: ['assessments'],
        summary:
          "The incident's acts against the UN standards: per act the findings (rule, instrument, paragraphs, missing facts, review) and what changed since the last assessment",
        description:
          'Findings are derived from the facts: they are recomputed and stored when the facts changed since the last assessment, and left untouched otherwise.',
        params: incidentId,
      },
    },
    (request) => assessIncident(context(), request.params.id),
  );
  app.post(
    '/api/cases/:id/assess',
    {
      schema: {
        tags: ['assessments'],
        summary:
          'Bring the stored findings of a case up to date: assess every act whose facts, incident, perpetrator or rules changed since its last assessment (or every act with all=true), 500 acts per transaction',
        description:
          'Returns counts (acts, assessed, changed), not the findings: read them per incident, or the case summary.',
        params: caseId,
        querystring: assessQuery,
      },
    },
    (request) => runCaseAssessment(context(), request.params.id, { all: request.query.all === 'true' }),
  );
  app.get(
    '/api/cases/:id/assessment-summary',
    {
      schema: {
        tags: ['assessments'],
        summary:
          'The case summary, e.g. "4 acts inconsistent with LLW 7.5" (reviewed findings count), counted from the stored findings',
        description:
          'Acts whose facts changed since their last assessment are re-assessed first, up to 2,000; beyond that they are counted in `stale` and in an `awaiting_assessment` line until POST /api/cases/{id}/assess runs.',
        params: caseId,
      },
    },
    (request) => summariseCase(context(), request.params.id),
  );
  app.post(
    '/api/assessments/:id/review',
    {
      schema: {
        tags: ['assessments'],
        summary:
          'Confirm a finding, or override it with a written reason; the computed finding is kept beside the review',
        params: assessmentId,
        body: reviewInput,
      },
    },
    (request) => reviewFinding(context(), request.params.id, request.body),
  );
}
