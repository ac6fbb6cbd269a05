import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError, ErrorCode } from '#core/errors';
import { type Locale, translate, translateIssues, type ValidationIssue } from '#core/i18n/index';
import { constraintRefusal } from '../db/refusals';
import { AppError } from '../errors';
import { requestLocale } from './locale';

/** Sends the API error body, translated. */
export function sendApiError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  fields?: Record<string, string>,
) {
  return send(reply, status, requestLocale(request), code, fields);
}

function send(reply: FastifyReply, status: number, locale: Locale, code: ErrorCode, fields?: Record<string, string>) {
  const body: ApiError = { error: { code, message: translate(locale, `errors.${code}`) } };
  if (fields && Object.keys(fields).length) body.error.fields = fields;
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

/** Maps Fastify's own 4xx errors (bad JSON, too large, wrong type) to our codes. */
function frameworkCode(error: FastifyError): ErrorCode {
  if (error.statusCode === 413) return 'payload_too_large';
  if (error.statusCode === 415) return 'unsupported_media_type';
  if (error.statusCode === 404) return 'not_found';
  if (error.statusCode === 429) return 'rate_limited';
  return 'bad_request';
}

/**
 * One place turns every failure into the API's error body: validation issues
 * become per-field messages in the user's language, expected failures keep
 * their status, and anything unexpected is a 500 whose details stay in the log
 * (by request id, never with the request's data).
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = requestLocale(request);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const prefix = error.validationContext === 'body' ? '' : (error.validationContext ?? '');
      const issues: ValidationIssue[] = error.validation.map((v) => ({
        ...(v.params as object),
        code: v.keyword,
        path: v.instancePath.split('/').filter(Boolean),
      }));
      return send(reply, 400, locale, 'validation_failed', translateIssues(issues, locale, prefix));
    }
    // A registered constraint that decided a race is a refusal like any other (platform/db/refusals.ts).
    const expected = error instanceof AppError ? error : constraintRefusal(error);
    if (expected) {
      if (expected.retryAfterSeconds) reply.header('retry-after', String(expected.retryAfterSeconds));
      const fields = expected.fields
        ? Object.fromEntries(Object.entries(expected.fields).map(([f, key]) => [f, translate(locale, key)]))
        : undefined;
      return send(reply, expected.status, locale, expected.code, fields);
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, error.statusCode, locale, frameworkCode(error));
    }
    request.log.error({ err: { type: error.name, code: error.code, stack: error.stack } }, 'request failed');
    return send(reply, 500, locale, 'internal');
  });
}

/** API-only deployments (tests, no web build) answer unknown paths with the error body. */
export function registerApiNotFound(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => send(reply, 404, requestLocale(request), 'not_found'));
}
