import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendApiError } from './error-handler';

/** Where `npm run build:web` puts the PWA. */
export const webDist = fileURLToPath(new URL('../../../../web/dist/', import.meta.url));

/**
 * Serves the built web app. Hashed assets are cached for a year; the HTML
 * shell, manifest and service worker are revalidated on every load so an
 * update reaches phones. Unknown non-API paths get the shell (client routing).
 */
export async function registerWeb(app: FastifyInstance, dist = webDist): Promise<boolean> {
  if (!existsSync(path.join(dist, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    setHeaders(res, file) {
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/health';
    if (wantsPage) return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
    return sendApiError(request, reply, 404, 'not_found');
  });
  return true;
}
