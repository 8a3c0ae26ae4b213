import { z } from 'zod';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { actorInput, actorUpdate } from './actor.schema.js';
import { createActor, getActor, listActors, updateActor } from './actor.service.js';

const byId = z.object({ id: z.uuid() });

export function registerActorRoutes(app: ZodApp, context: ContextFactory): void {
  app.get(
    '/api/actors',
    {
      schema: {
        tags: ['actors'],
        summary: 'List actors',
        querystring: z.object({ text: z.string().max(200).optional(), kind: z.string().max(50).optional() }),
      },
    },
    (request) => listActors(context(), request.query),
  );
  app.post(
    '/api/actors',
    { schema: { tags: ['actors'], summary: 'Record an actor', body: actorInput } },
    async (request, reply) => reply.status(201).send(await createActor(context(), request.body)),
  );
  app.get(
    '/api/actors/:id',
    { schema: { tags: ['actors'], summary: 'One actor', params: byId } },
    (request) => getActor(context(), request.params.id),
  );
  app.patch(
    '/api/actors/:id',
    { schema: { tags: ['actors'], summary: 'Change an actor', params: byId, body: actorUpdate } },
    (request) => updateActor(context(), request.params.id, request.body),
  );
}
