import { z } from 'zod';
import { getDocument, listDocuments } from '../documents/document.service.js';
import { extract } from '../extract/index.js';
import { safeFileName } from '../files/safe-name.js';
import type { ContextFactory, ZodApp } from '../http/route-context.js';
import { parseDocument } from '../ingest/parse-document.js';
import { AppError } from '../shared/errors.js';
import { BODY_LIMITS } from '../shared/limits.js';
import { httpUrl } from '../shared/schemas.js';
import { ingestFile } from './ingest.service.js';
import {
  acceptAllProposals,
  acceptOptions,
  acceptProposal,
  editProposal,
  listProposals,
  proposalEdit,
  proposalFilter,
  rejectProposal,
} from './proposal.service.js';

const byId = z.object({ id: z.uuid() });
const upload = z.object({
  /** The original file name: it tells the reader what the file was; the type is checked from the content. */
  fileName: z.string().min(1).max(255),
  url: httpUrl(4000).optional(),
});

function bodyBytes(body: unknown): Uint8Array {
  if (!(body instanceof Buffer))
    throw new AppError('validation_failed', 'body: send the file as application/octet-stream', 'body');
  return new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
}

export function registerProposalRoutes(app: ZodApp, context: ContextFactory): void {
  app.addContentTypeParser(
    'application/octet-stream',
    // The limit is each upload route's own (`bodyLimit` below); JSON routes keep the small default.
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/api/cases/:id/documents',
    {
      bodyLimit: BODY_LIMITS.document,
      schema: {
        tags: ['ingest'],
        summary: 'Ingest a file (body: its bytes as application/octet-stream) and propose what it describes',
        params: byId,
        querystring: upload,
      },
    },
    async (request, reply) => {
      const result = await ingestFile(context(), {
        bytes: bodyBytes(request.body),
        fileName: safeFileName(request.query.fileName),
        caseId: request.params.id,
        url: request.query.url ?? null,
      });
      return reply.status(result.duplicate ? 200 : 201).send(result);
    },
  );
  app.post(
    '/api/extract',
    {
      bodyLimit: BODY_LIMITS.document,
      schema: {
        tags: ['ingest'],
        summary: 'What extraction finds in a file; nothing is stored',
        querystring: upload.pick({ fileName: true }),
      },
    },
    async (request) => {
      const fileName = safeFileName(request.query.fileName);
      const parsed = await parseDocument(bodyBytes(request.body), fileName);
      return extract(parsed.text, { fileName, publishedAt: parsed.publishedAt, language: parsed.language });
    },
  );
  app.get(
    '/api/documents',
    {
      schema: {
        tags: ['ingest'],
        summary: 'List documents',
        querystring: z.object({ caseId: z.uuid().optional() }),
      },
    },
    (request) => listDocuments(context(), request.query),
  );
  app.get(
    '/api/documents/:id',
    { schema: { tags: ['ingest'], summary: 'One document with its text and page offsets', params: byId } },
    (request) => getDocument(context(), request.params.id),
  );
  app.get(
    '/api/proposals',
    { schema: { tags: ['review'], summary: 'List proposals', querystring: proposalFilter } },
    (request) => listProposals(context(), request.query),
  );
  app.post(
    '/api/proposals/:id/accept',
    {
      schema: {
        tags: ['review'],
        summary: 'Accept a proposal (a match is merged unless asNew)',
        params: byId,
        body: acceptOptions.optional(),
      },
    },
    (request) => acceptProposal(context(), request.params.id, request.body ?? {}),
  );
  app.post(
    '/api/proposals/:id/reject',
    {
      schema: {
        tags: ['review'],
        summary: 'Reject a proposal',
        params: byId,
        body: z.object({ reason: z.string().max(2000).optional() }).optional(),
      },
    },
    (request) => rejectProposal(context(), request.params.id, request.body?.reason),
  );
  app.patch(
    '/api/proposals/:id',
    { schema: { tags: ['review'], summary: 'Edit a pending proposal', params: byId, body: proposalEdit } },
    (request) => editProposal(context(), request.params.id, request.body),
  );
  app.post(
    '/api/cases/:id/proposals/accept-all',
    { schema: { tags: ['review'], summary: 'Accept every pending proposal of a case', params: byId } },
    (request) => acceptAllProposals(context(), request.params.id),
  );
}
