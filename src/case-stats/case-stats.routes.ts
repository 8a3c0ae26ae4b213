import { z } from 'zod';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { caseStats, caseStatsQuery } from './case-stats.service.js';

export function registerCaseStatsRoutes(app: ZodApp, context: ContextFactory): void {
  app.get(
    '/api/cases/:id/stats',
    {
      schema: {
        tags: ['cases'],
        summary: "A case's dashboard: incidents by day, type and perpetrator kind, key figures, allegations",
        params: z.object({ id: z.string().min(1).max(100) }),
        querystring: caseStatsQuery,
      },
    },
    (request) => caseStats(context(), request.params.id, request.query),
  );
}
