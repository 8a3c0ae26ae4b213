/**
 * The HTTP API's one renderer of errors: `{ error: { code, message, field? } }` with the status of the code.
 * Unknown errors are logged and shown as `internal` without any detail.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_CODES, type ErrorCode, isAppError } from '../shared/errors.js';
import { formatLimit } from '../shared/limits.js';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

function send(reply: FastifyReply, code: ErrorCode, message: string, field?: string) {
  const body: ErrorBody = { error: { code, message, ...(field && { field }) } };
  return reply.status(ERROR_CODES[code].status).send(body);
}

/** The field a constraint error is about, from PostgreSQL's detail "Key (incident_id)=(…)": `incidentId`. */
function constraintField(detail: unknown): string | undefined {
  const column = typeof detail === 'string' ? /^Key \(([a-z_]+)\)=/.exec(detail)?.[1] : undefined;
  return column?.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Constraint and data errors the database raised for input no service check caught (a reference to a record
 * that does not exist, two requests racing past a uniqueness check): the client's mistake, answered as such
 * with the field it is about, never with the database's own words.
 */
function databaseRefusal(error: {
  code?: unknown;
  message?: unknown;
  detail?: unknown;
}): [ErrorCode, string, string?] | null {
  const field = constraintField(error.detail);
  const about = (text: string): [string, string?] => (field ? [`${field}: ${text}`, field] : [text]);
  switch (error.code) {
    case '23505':
      return ['duplicate', ...about('this would duplicate a record that already exists')];
    case '23503':
      return String(error.message).startsWith('update or delete')
        ? ['conflict', 'other records still refer to this one']
        : ['not_found', ...about('refers to a record that does not exist')];
    case '23514':
    case '22001':
    case '22003':
    case '22021':
    case '22P05':
      return ['validation_failed', 'a value is not one the record can hold'];
    default:
      return null;
  }
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (isAppError(error)) return send(reply, error.code, error.message, error.field);
  const refusal = databaseRefusal(error);
  if (refusal) {
    request.log.warn({ err: error }, 'the database refused the input');
    return send(reply, ...refusal);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const path = (first?.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    const where =
      [error.validationContext === 'body' ? '' : error.validationContext, path].filter(Boolean).join('.') ||
      '(input)';
    return send(reply, 'validation_failed', `${where}: ${first?.message ?? 'is invalid'}`, where);
  }
  if (error.statusCode === 413) {
    const limit = request.routeOptions.bodyLimit;
    return send(
      reply,
      'payload_too_large',
      `the request body is over ${limit ? formatLimit(limit) : 'the limit'}, the most this route accepts`,
    );
  }
  if (error.statusCode === 415)
    return send(reply, 'unsupported_file_type', 'this content type is not accepted here');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return send(reply, 'validation_failed', error.message);
  }
  request.log.error({ err: error }, 'internal error');
  return send(reply, 'internal', 'something went wrong inside Dalil; the error was logged');
}
