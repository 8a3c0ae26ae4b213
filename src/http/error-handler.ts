/**
 * The HTTP API's one renderer of errors: `{ error: { code, message, field? } }` with the status of the code.
 * Unknown errors are logged and shown as `internal` without any detail.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_CODES, type ErrorCode, isAppError } from '../shared/errors.js';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

function send(reply: FastifyReply, code: ErrorCode, message: string, field?: string) {
  const body: ErrorBody = { error: { code, message, ...(field && { field }) } };
  return reply.status(ERROR_CODES[code].status).send(body);
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (isAppError(error)) return send(reply, error.code, error.message, error.field);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const path = (first?.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    const where =
      [error.validationContext === 'body' ? '' : error.validationContext, path].filter(Boolean).join('.') ||
      '(input)';
    return send(reply, 'validation_failed', `${where}: ${first?.message ?? 'is invalid'}`, where);
  }
  if (error.statusCode === 413)
    return send(reply, 'file_too_large', 'the request is larger than this server accepts');
  if (error.statusCode === 415)
    return send(reply, 'unsupported_file_type', 'this content type is not accepted here');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return send(reply, 'validation_failed', error.message);
  }
  request.log.error({ err: error }, 'internal error');
  return send(reply, 'internal', 'something went wrong inside Dalil; the error was logged');
}
