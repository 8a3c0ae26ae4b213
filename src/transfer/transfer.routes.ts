import { z } from 'zod';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { BODY_LIMITS } from '../shared/limits.js';
import { exportRecord } from './export.js';
import { importRecord } from './import.js';

export function registerTransferRoutes(app: ZodApp, context: ContextFactory): void {
  app.get('/api/export', { schema: { tags: ['record'], summary: 'The whole record as lossless JSON' } }, () =>
    exportRecord(context().db),
  );
  app.post(
    '/api/import',
    {
      bodyLimit: BODY_LIMITS.import,
      schema: {
        tags: ['record'],
        summary: 'Import a lossless JSON export; all or nothing',
        body: z.looseObject({}),
      },
    },
    (request) => importRecord(context(), request.body),
  );
}
