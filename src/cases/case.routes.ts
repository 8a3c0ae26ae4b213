import { z } from 'zod';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { caseInput, caseUpdate } from './case.schema.js';
import { createCase, getCase, listCases, updateCase } from './case.service.js';

const byId = z.object({ id: z.string().min(1).max(100) });

export function registerCaseRoutes(app: ZodApp, context: ContextFactory): void {
  app.get('/api/cases', { schema: { tags: ['cases'], summary: 'List cases' } }, () => listCases(context()));
  app.post(
    '/api/cases',
    { schema: { tags: ['cases'], summary: 'Create a case', body: caseInput } },
    async (request, reply) => reply.status(201).send(await createCase(context(), request.body)),
  );
  app.get(
    '/api/cases/:id',
    { schema: { tags: ['cases'], summary: 'One case, by id or slug', params: byId } },
    (request) => getCase(context(), request.params.id),
  );
  app.patch(
    '/api/cases/:id',
    { schema: { tags: ['cases'], summary: 'Change a case', params: byId, body: caseUpdate } },
    (request) => updateCase(context(), request.params.id, request.body),
  );
}
