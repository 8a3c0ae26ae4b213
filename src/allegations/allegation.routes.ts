/**
 * HTTP routes for allegations: thin, validated by the services' own schemas. Writes use the server's clock;
 * reads may be asked "as of" another day (`asOf`), which is how overdue lists and statistics are back-dated.
 */
import { z } from 'zod';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { isoDate } from '../shared/schemas.js';
import { getPolicy, setPolicy } from './allegation-policy.js';
import { allegationLetter } from './allegation-letter.js';
import {
  allegationInput,
  allegationUpdate,
  checklistInput,
  letterOptionsInput,
  policyInput,
  stepInput,
} from './allegation.schema.js';
import { addStep } from './allegation-steps.service.js';
import { createAllegation, proposeForCase, updateAllegation } from './allegation.service.js';
import {
  getAllegation,
  listAllegations,
  overdue,
  setChecklist,
  stats,
} from './allegation-tracking.service.js';

const byId = z.object({ id: z.uuid() });
const byCase = z.object({ caseId: z.string().min(1).max(100) });
const asOf = z.object({ asOf: isoDate.optional() });
const clock = (query: { asOf?: string | undefined }) => (query.asOf ? { today: query.asOf } : {});
const tags = ['allegations'];

export function registerAllegationRoutes(app: ZodApp, context: ContextFactory): void {
  app.get(
    '/api/cases/:caseId/allegations',
    {
      schema: {
        tags,
        summary: "A case's allegations with their stage and late policy flags",
        params: byCase,
        querystring: asOf,
      },
    },
    (request) => listAllegations(context(), request.params.caseId, clock(request.query)),
  );
  app.post(
    '/api/cases/:caseId/allegations/propose',
    {
      schema: {
        tags,
        summary: 'Propose allegations from the acts of a case and store them (dryRun: only list them)',
        params: byCase,
        body: z.strictObject({ dryRun: z.boolean().default(false) }).default({ dryRun: false }),
      },
    },
    async (request, reply) =>
      reply
        .status(request.body.dryRun ? 200 : 201)
        .send(await proposeForCase(context(), request.params.caseId, { dryRun: request.body.dryRun })),
  );
  app.get(
    '/api/cases/:caseId/allegations/overdue',
    {
      schema: {
        tags,
        summary: 'Late policy flags of a case, most days late first (policy, not law)',
        params: byCase,
        querystring: asOf.extend({ kind: z.enum(['overdue', 'follow_up']).optional() }),
      },
    },
    (request) =>
      overdue(context(), request.params.caseId, {
        ...clock(request.query),
        ...(request.query.kind && { kinds: [request.query.kind] }),
      }),
  );
  app.get(
    '/api/cases/:caseId/allegations/stats',
    {
      schema: {
        tags,
        summary: 'Allegation statistics: stages, outcomes, delays, impunity',
        params: byCase,
        querystring: asOf,
      },
    },
    (request) => stats(context(), request.params.caseId, clock(request.query)),
  );
  app.get(
    '/api/cases/:caseId/allegation-policy',
    { schema: { tags, summary: "A case's follow-up deadline policy", params: byCase } },
    (request) => getPolicy(context(), request.params.caseId),
  );
  app.put(
    '/api/cases/:caseId/allegation-policy',
    {
      schema: { tags, summary: "Set a case's follow-up deadline policy", params: byCase, body: policyInput },
    },
    (request) => setPolicy(context(), request.params.caseId, request.body),
  );
  app.post(
    '/api/allegations',
    { schema: { tags, summary: 'Record an allegation from acts, by hand', body: allegationInput } },
    async (request, reply) => reply.status(201).send(await createAllegation(context(), request.body)),
  );
  app.get(
    '/api/allegations/:id',
    {
      schema: {
        tags,
        summary: 'One allegation: stage, timeline, deadline flags, checklist',
        params: byId,
        querystring: asOf,
      },
    },
    (request) => getAllegation(context(), request.params.id, clock(request.query)),
  );
  app.patch(
    '/api/allegations/:id',
    {
      schema: {
        tags,
        summary: "Change an allegation's title, perpetrator or authority",
        params: byId,
        body: allegationUpdate,
      },
    },
    (request) => updateAllegation(context(), request.params.id, request.body),
  );
  app.post(
    '/api/allegations/:id/steps',
    {
      schema: {
        tags,
        summary: 'Record a dated step (out of order only with outOfOrderReason)',
        params: byId,
        body: stepInput,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addStep(context(), request.params.id, request.body)),
  );
  app.put(
    '/api/allegations/:id/checklist',
    {
      schema: {
        tags,
        summary: 'Record the investigation checklist answers',
        params: byId,
        body: checklistInput,
      },
    },
    (request) => setChecklist(context(), request.params.id, request.body),
  );
  app.post(
    '/api/allegations/:id/letter',
    {
      schema: {
        tags,
        summary: 'A submission letter, redacted unless the recipient is cleared',
        params: byId,
        body: letterOptionsInput,
      },
    },
    (request) => allegationLetter(context(), request.params.id, request.body),
  );
}
