import { z } from 'zod';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { sourceInput, sourceUpdate } from './source.schema.js';
import { createSource, getSource, listSources, updateSource } from './source.service.js';

const byId = z.object({ id: z.string().min(1).max(300) });

export function registerSourceRoutes(app: ZodApp, context: ContextFactory): void {
  app.get('/api/sources', { schema: { tags: ['sources'], summary: 'List sources' } }, () =>
    listSources(context()),
  );
  app.post(
    '/api/sources',
    { schema: { tags: ['sources'], summary: 'Record a source', body: sourceInput } },
    async (request, reply) => reply.status(201).send(await createSource(context(), request.body)),
  );
  app.get(
    '/api/sources/:id',
    { schema: { tags: ['sources'], summary: 'One source, by id or name', params: byId } },
    (request) => getSource(context(), request.params.id),
  );
  app.patch(
    '/api/sources/:id',
    { schema: { tags: ['sources'], summary: 'Change a source', params: byId, body: sourceUpdate } },
    (request) => updateSource(context(), request.params.id, request.body),
  );
}
