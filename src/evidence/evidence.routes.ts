import { z } from 'zod';
import { safeFileName } from '../files/safe-name.js';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { AppError } from '../shared/errors.js';
import { BODY_LIMITS } from '../shared/limits.js';
import { httpUrl } from '../shared/schemas.js';
import {
  custodyInput,
  getEvidence,
  listEvidence,
  recordCustody,
  registerEvidence,
  verifyEvidence,
} from './evidence.service.js';

const byId = z.object({ id: z.uuid() });

export function registerEvidenceRoutes(app: ZodApp, context: ContextFactory): void {
  app.post(
    '/api/cases/:id/evidence',
    {
      bodyLimit: BODY_LIMITS.evidence,
      schema: {
        tags: ['evidence'],
        summary: 'Register an evidence file (body: its bytes as application/octet-stream)',
        params: byId,
        querystring: z.object({
          fileName: z.string().min(1).max(255),
          collector: z.string().min(1).max(200),
          sourceUrl: httpUrl(4000).optional(),
          incidentId: z.uuid().optional(),
        }),
      },
    },
    async (request, reply) => {
      if (!(request.body instanceof Buffer))
        throw new AppError('validation_failed', 'body: send the file as application/octet-stream', 'body');
      const evidence = await registerEvidence(context(), new Uint8Array(request.body), {
        caseId: request.params.id,
        fileName: safeFileName(request.query.fileName),
        collector: request.query.collector,
        ...(request.query.sourceUrl && { sourceUrl: request.query.sourceUrl }),
        ...(request.query.incidentId && { incidentId: request.query.incidentId }),
      });
      return reply.status(201).send(evidence);
    },
  );
  app.get(
    '/api/cases/:id/evidence',
    { schema: { tags: ['evidence'], summary: 'Evidence files of a case', params: byId } },
    (request) => listEvidence(context(), request.params.id),
  );
  app.get(
    '/api/evidence/:id',
    { schema: { tags: ['evidence'], summary: 'An evidence file with its custody log', params: byId } },
    (request) => getEvidence(context(), request.params.id),
  );
  app.post(
    '/api/evidence/:id/custody',
    {
      schema: { tags: ['evidence'], summary: 'Append to the custody log', params: byId, body: custodyInput },
    },
    (request) => recordCustody(context(), request.params.id, request.body),
  );
  app.post(
    '/api/evidence/:id/verify',
    { schema: { tags: ['evidence'], summary: 'Re-hash the original and log the result', params: byId } },
    (request) => verifyEvidence(context(), request.params.id),
  );
}
