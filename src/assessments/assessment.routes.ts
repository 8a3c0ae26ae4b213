/**
 * HTTP routes of the assessments: assess an incident or a case against the UN standards, the case summary,
 * and a reviewer's confirmation or override of one finding.
 */
import { z } from 'zod';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { reviewInput } from './assessment.schema.js';
import { assessCase, assessIncident, reviewFinding, summariseCase } from './assessment.service.js';

const incidentId = z.object({ id: z.uuid() });
const caseId = z.object({ id: z.string().min(1).max(100).describe('case id or slug') });
const assessmentId = z.object({ id: z.uuid() });

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
        summary: 'Assess every act of a case against the UN standards and store the findings',
        params: caseId,
      },
    },
    (request) => assessCase(context(), request.params.id),
  );
  app.get(
    '/api/cases/:id/assessment-summary',
    {
      schema: {
        tags: ['assessments'],
        summary: 'The case summary, e.g. "4 acts inconsistent with LLW 7.5" (reviewed findings count)',
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
