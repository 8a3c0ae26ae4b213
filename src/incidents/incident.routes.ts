import { z } from 'zod';
import { listActs } from '../acts/act.service.js';
import { listCitationsForIncident } from '../citations/citation.service.js';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { expectedVersion } from '../shared/schemas.js';
import { incidentFacetFilter, incidentFilter, incidentInput, incidentUpdate } from './incident.schema.js';
import {
  createIncident,
  deleteIncident,
  getIncident,
  incidentFacets,
  listIncidents,
  updateIncident,
} from './incident.service.js';

const byId = z.object({ id: z.uuid() });

export function registerIncidentRoutes(app: ZodApp, context: ContextFactory): void {
  app.get(
    '/api/incidents',
    {
      schema: {
        tags: ['incidents'],
        summary: 'List incidents: filtered, sorted (newest first by default) and paged',
        querystring: incidentFilter,
      },
    },
    (request) => listIncidents(context(), request.query),
  );
  app.get(
    '/api/incidents/facets',
    {
      schema: {
        tags: ['incidents'],
        summary: 'How many incidents each facet value leaves, given the other filters',
        querystring: incidentFacetFilter,
      },
    },
    (request) => incidentFacets(context(), request.query),
  );
  app.post(
    '/api/incidents',
    { schema: { tags: ['incidents'], summary: 'Record an incident', body: incidentInput } },
    async (request, reply) => reply.status(201).send(await createIncident(context(), request.body)),
  );
  app.get(
    '/api/incidents/:id',
    { schema: { tags: ['incidents'], summary: 'One incident with its acts and citations', params: byId } },
    async (request) => {
      const ctx = context();
      const incident = await getIncident(ctx, request.params.id);
      return {
        ...incident,
        acts: await listActs(ctx, incident.id),
        citations: await listCitationsForIncident(ctx, incident.id),
      };
    },
  );
  app.patch(
    '/api/incidents/:id',
    { schema: { tags: ['incidents'], summary: 'Change an incident', params: byId, body: incidentUpdate } },
    (request) => updateIncident(context(), request.params.id, request.body),
  );
  app.delete(
    '/api/incidents/:id',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Delete an incident (kept in the audit log)',
        params: byId,
        querystring: z.object({ version: z.coerce.number().pipe(expectedVersion) }),
      },
    },
    async (request, reply) => {
      await deleteIncident(context(), request.params.id, request.query.version);
      return reply.status(204).send();
    },
  );
}
