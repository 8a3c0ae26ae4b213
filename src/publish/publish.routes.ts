import { z } from 'zod';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { publicationFormatSchema } from './publish.schema.js';
import { publishCase } from './publish.service.js';

const params = z.object({ id: z.string().min(1).max(100), format: publicationFormatSchema });
const querystring = z
  .object({
    unmask: z.enum(['true', 'false']).optional(),
    recipient: z.string().trim().min(1).max(200).optional(),
  })
  .refine((q) => q.unmask !== 'true' || q.recipient !== undefined, {
    message: 'name the recipient of an unmasked edition',
    path: ['recipient'],
  });

export function registerPublishRoutes(app: ZodApp, context: ContextFactory): void {
  app.get(
    '/api/cases/:id/publications/:format',
    {
      schema: {
        tags: ['publications'],
        summary:
          'A publication of the case (csv, json, geojson, acled, report): redacted, public incidents only; ' +
          'unmask=true&recipient=… gives an unmasked edition, recorded in the audit log',
        params,
        querystring,
      },
    },
    async (request, reply) => {
      const { unmask, recipient } = request.query;
      const file = await publishCase(
        context(),
        request.params.id,
        request.params.format,
        unmask === 'true' && recipient !== undefined ? { unmask: { recipient } } : {},
      );
      void reply.header('Content-Type', file.mediaType);
      const inline = request.params.format === 'report' ? 'inline' : 'attachment';
      void reply.header('Content-Disposition', `${inline}; filename="${file.fileName}"`);
      // The report is one page with its own inline style and nothing else.
      if (request.params.format === 'report')
        void reply.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      if (unmask === 'true') void reply.header('Cache-Control', 'no-store');
      return reply.send(file.body);
    },
  );
}
