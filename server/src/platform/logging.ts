import pino, { type Logger } from 'pino';

/**
 * Paths that must never reach a log line. Handlers log ids only; this list is
 * the safety net for a request body or header that slips into a log call.
 */
const redact = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.email',
  '*.code',
  '*.recoveryCode',
  '*.pseudonym',
  '*.notes',
  '*.body',
];

/** The process logger: JSON lines, ids only, personal data redacted. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: redact, censor: '[redacted]' },
    serializers: {
      // Log the route, never the query string: it may carry a search term.
      req: (req: { method: string; routeOptions?: { url?: string }; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        route: req.routeOptions?.url ?? req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
export type { Logger };
