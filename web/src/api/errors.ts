import type { ErrorCode } from '#core/errors';

/** Codes the web adds for failures that never reached the server. */
export type ClientErrorCode = 'network';

/** An API failure with the server's machine code and per-field messages (already translated). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly fields: Record<string, string>;

  constructor(status: number, code: ErrorCode | ClientErrorCode, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

/** True for errors that mean "you may not see this": the screen shows the no-access page. */
export function isForbidden(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 403 && error.code === 'forbidden';
}

/** True when the session is gone and the user must sign in again. */
export function isSessionLost(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    error.status === 401 &&
    (error.code === 'unauthenticated' || error.code === 'session_expired')
  );
}

/** True when the server says the sign-in sequence is not finished (stage is not `full`). */
export function isStageRequired(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    error.status === 403 &&
    (error.code === 'password_change_required' ||
      error.code === 'two_factor_required' ||
      error.code === 'two_factor_enrolment_required')
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Builds an ApiError from a failed response's parsed body. Anything that does not
 * follow the contract's error shape (a proxy's HTML page, an empty body) becomes a
 * generic `internal` error rather than leaking raw text into the UI.
 */
export function apiErrorFromBody(status: number, body: unknown): ApiError {
  const error = isRecord(body) ? body.error : undefined;
  if (isRecord(error) && typeof error.code === 'string') {
    const fields: Record<string, string> = {};
    if (isRecord(error.fields)) {
      for (const [path, message] of Object.entries(error.fields)) {
        if (typeof message === 'string') fields[path] = message;
      }
    }
    const message = typeof error.message === 'string' ? error.message : error.code;
    return new ApiError(status, error.code as ErrorCode, message, fields);
  }
  return new ApiError(status, status === 404 ? 'not_found' : 'internal', `HTTP ${status}`);
}
