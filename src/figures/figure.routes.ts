import { z } from 'zod';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { figureInput, figureUpdate } from './figure.schema.js';
import { createFigure, getFigure, listFigures, updateFigure } from './figure.service.js';

const byId = z.object({ id: z.uuid() });

export function registerFigureRoutes(app: ZodApp, context: ContextFactory): void {
  app.get(
    '/api/figures',
    {
      schema: {
        tags: ['figures'],
        summary: 'List figures',
        querystring: z.object({ caseId: z.uuid().optional(), measureKey: z.string().max(60).optional() }),
      },
    },
    (request) => listFigures(context(), request.query),
  );
  app.post(
    '/api/figures',
    { schema: { tags: ['figures'], summary: 'Record a figure', body: figureInput } },
    async (request, reply) => reply.status(201).send(await createFigure(context(), request.body)),
  );
  app.get(
    '/api/figures/:id',
    { schema: { tags: ['figures'], summary: 'One figure', params: byId } },
    (request) => getFigure(context(), request.params.id),
  );
  app.patch(
    '/api/figures/:id',
    { schema: { tags: ['figures'], summary: 'Change a figure', params: byId, body: figureUpdate } },
    (request) => updateFigure(context(), request.params.id, request.body),
  );
}
