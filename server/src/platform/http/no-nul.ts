import type { FastifyInstance } from 'fastify';
import { fieldError } from '../errors';

/** The path of the first string holding a NUL character, or null. */
export function nulPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || 'body' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold a NUL character: such input would fail in the
 * database as a 500. It is refused before any route sees it, as a 400 on the
 * field that holds it (found by the bad-input test, server/src/fuzz.int.test.ts).
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const part of [request.body, request.query, request.params]) {
      const field = nulPath(part);
      if (field !== null) throw fieldError(field, 'validation.invalid');
    }
  });
}
