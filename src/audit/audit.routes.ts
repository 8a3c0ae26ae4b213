import { z } from 'zod';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { toAuditEntry, verifyAuditLog } from './audit-log.js';

export function registerAuditRoutes(app: ZodApp, context: ContextFactory): void {
  app.get(
    '/api/audit/verify',
    { schema: { tags: ['audit'], summary: 'Recompute the hash chain of the audit log' } },
    () => verifyAuditLog(context().db),
  );
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit entries, newest first',
        querystring: z.object({
          entity: z.string().max(50).optional(),
          entityId: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
    },
    async (request) => {
      let query = context().db.selectFrom('audit_log').selectAll();
      if (request.query.entity) query = query.where('entity', '=', request.query.entity);
      if (request.query.entityId) query = query.where('entity_id', '=', request.query.entityId);
      return (await query.orderBy('seq', 'desc').limit(request.query.limit).execute()).map(toAuditEntry);
    },
  );
}
