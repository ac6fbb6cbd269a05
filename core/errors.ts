import { z } from 'zod';

/** Stable machine codes of API errors; each has a message under `errors.<code>`. */
export const errorCodes = [
  'validation_failed',
  'bad_request',
  'unauthenticated',
  'session_expired',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'csrf_failed',
  'invalid_credentials',
  'invalid_two_factor_code',
  'password_change_required',
  'two_factor_required',
  'two_factor_enrolment_required',
  'payload_too_large',
  'unsupported_media_type',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The one error body every API failure answers with. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
