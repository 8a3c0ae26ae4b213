/**
 * HTTP routes for duplicates, merges, corroboration and figures side by side. Thin: validate at the edge, call
 * the service, return what it returns.
 */
import { z } from 'zod';
import { duplicateQuery, findDuplicateCandidates } from '../duplicates/duplicate.service.js';
import { mergeInput } from '../duplicates/merge.schema.js';
import {
  getMerge,
  listMergesFor,
  mergeFilter,
  mergeIncidents,
  unmergeIncident,
} from '../duplicates/merge.service.js';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { corroborationForIncident } from './corroboration.service.js';
import { derivationInput, setCitationDerivedFrom } from './derivation.service.js';
import { figureGroups, figureSeries } from './figure-groups.service.js';

const byId = z.object({ id: z.uuid() });
/** A case by id or slug, as everywhere else. */
const byCase = z.object({ id: z.string().min(1).max(100) });

export function registerCorroborationRoutes(app: ZodApp, context: ContextFactory): void {
  app.get(
    '/api/cases/:id/duplicates',
    {
      schema: {
        tags: ['corroboration'],
        summary: 'Likely duplicate incidents of a case, best first, with the reasons',
        params: byCase,
        querystring: duplicateQuery,
      },
    },
    (request) => findDuplicateCandidates(context(), request.params.id, request.query),
  );
  app.post(
    '/api/merges',
    {
      schema: {
        tags: ['corroboration'],
        summary: 'Merge incident sourceId into targetId; conflicting values are kept side by side',
        body: mergeInput,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await mergeIncidents(context(), request.body.targetId, request.body.sourceId)),
  );
  app.get(
    '/api/merges',
    {
      schema: {
        tags: ['corroboration'],
        summary: 'Merges of a case or of an incident, newest first (undone ones included, marked)',
        querystring: mergeFilter,
      },
    },
    (request) => listMergesFor(context(), request.query),
  );
  app.get(
    '/api/merges/:id',
    {
      schema: { tags: ['corroboration'], summary: 'One merge, with what became of each field', params: byId },
    },
    (request) => getMerge(context(), request.params.id),
  );
  app.post(
    '/api/merges/:id/undo',
    {
      schema: {
        tags: ['corroboration'],
        summary: 'Undo a merge: both incidents as they were (refused when already undone)',
        params: byId,
      },
    },
    (request) => unmergeIncident(context(), request.params.id),
  );
  app.get(
    '/api/incidents/:id/corroboration',
    {
      schema: {
        tags: ['corroboration'],
        summary:
          'How well an incident is corroborated: level, independent sources, reasoning, every citation',
        params: byId,
      },
    },
    (request) => corroborationForIncident(context(), request.params.id),
  );
  app.post(
    '/api/citations/:id/derived-from',
    {
      schema: {
        tags: ['corroboration'],
        summary: 'Mark a citation as repeating another (they count once); null clears the mark',
        params: byId,
        body: derivationInput,
      },
    },
    (request) => setCitationDerivedFrom(context(), request.params.id, request.body),
  );
  app.get(
    '/api/cases/:id/figure-groups',
    {
      schema: {
        tags: ['figures'],
        summary: 'Reported figures by measure: range and every value, none replaced',
        params: byCase,
      },
    },
    (request) => figureGroups(context(), request.params.id),
  );
  app.get(
    '/api/cases/:id/figure-series',
    {
      schema: {
        tags: ['figures'],
        summary: 'The figures of one measure in date order',
        params: byCase,
        querystring: z.object({ measure: z.string().min(1).max(300) }),
      },
    },
    (request) => figureSeries(context(), request.params.id, request.query.measure),
  );
}
