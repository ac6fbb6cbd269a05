import type { ErrorCode } from '#core/errors';

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  session_expired: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  csrf_failed: 403,
  invalid_credentials: 401,
  invalid_two_factor_code: 401,
  password_change_required: 403,
  two_factor_required: 403,
  two_factor_enrolment_required: 403,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
};

/**
 * An expected failure a service reports to the user: it becomes a 4xx with a
 * translated message. `fields` maps a field path to a message key under
 * `validation.` (translated per request by the error handler).
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly fields?: Record<string, string>,
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
    this.status = statusOf[code];
  }
}

/** Shorthands for the failures services raise most. */
export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
export const fieldError = (field: string, key: string) => new AppError('validation_failed', { [field]: key });
