/**
 * Errors with stable codes. Every error a user can see is an AppError with one of these codes; the HTTP
 * layer and the CLI render them in one place. Anything else is an internal error and is never shown raw.
 */
export const ERROR_CODES = {
  validation_failed: { status: 400, exit: 1 },
  not_found: { status: 404, exit: 1 },
  conflict: { status: 409, exit: 1 },
  version_conflict: { status: 409, exit: 1 },
  duplicate: { status: 409, exit: 1 },
  unknown_place: { status: 400, exit: 1 },
  unsupported_file_type: { status: 415, exit: 1 },
  file_too_large: { status: 413, exit: 1 },
  payload_too_large: { status: 413, exit: 1 },
  file_empty: { status: 400, exit: 1 },
  file_encrypted: { status: 422, exit: 1 },
  file_corrupt: { status: 422, exit: 1 },
  no_text_layer: { status: 422, exit: 1 },
  parse_timeout: { status: 422, exit: 1 },
  import_failed: { status: 400, exit: 1 },
  invalid_transition: { status: 409, exit: 1 },
  unauthenticated: { status: 401, exit: 1 },
  forbidden: { status: 403, exit: 1 },
  rate_limited: { status: 429, exit: 1 },
  internal: { status: 500, exit: 2 },
} as const satisfies Record<string, { status: number; exit: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input field, record or line the error is about, e.g. `incidents[3].date_start`. */
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** Shorthand factories, so call sites read as sentences. */
export const notFound = (what: string, id: string | number) =>
  new AppError('not_found', `${what} ${id} was not found`);
export const invalid = (field: string, message: string) =>
  new AppError('validation_failed', `${field}: ${message}`, field);
