import cookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { limits } from '#core/limits';
import { modules } from './modules';
import type { Config } from './platform/config';
import type { Keyring } from './platform/crypto/keyring';
import type { Db } from './platform/db/pool';
import { registerAuthHook, requireAccessOnEveryRoute } from './platform/http/auth-hook';
import { registerCompression } from './platform/http/compression';
import { registerApiNotFound, registerErrorHandler, sendApiError } from './platform/http/error-handler';
import { registerNulGuard } from './platform/http/no-nul';
import { registerOpenApi } from './platform/http/openapi';
import { registerSecurityHeaders } from './platform/http/security-headers';
import { registerWeb } from './platform/http/static-web';
import type { Logger } from './platform/logging';

export interface AppDeps {
  db: Db;
  keyring: Keyring;
  codeSecretRoot: Buffer;
  config: Config;
  logger: Logger | false;
  /** Serve the built web app when present (off in API tests). */
  serveWeb?: boolean;
}

/** Builds the HTTP app: platform plugins first, then every module's routes. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger as FastifyBaseLogger } : { logger: false }),
    bodyLimit: limits.bodyBytesMax,
    trustProxy: deps.config.trustProxy,
    // Ids for log correlation only; they carry nothing about the request.
    genReqId: () => crypto.randomUUID(),
    routerOptions: { maxParamLength: 200 },
    // Errors raised before routing (a malformed URL) get the same error body.
    frameworkErrors: (_error, request, reply) => sendApiError(request, reply, 400, 'bad_request'),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: other bodies get a 415 instead of being parsed as text.
  app.removeContentTypeParser('text/plain');
  app.decorate('platform', {
    db: deps.db,
    keyring: deps.keyring,
    codeSecretRoot: deps.codeSecretRoot,
    config: deps.config,
  });

  registerErrorHandler(app);
  app.decorate('routeRules', requireAccessOnEveryRoute(app));
  await app.register(cookie);
  await registerSecurityHeaders(app);
  registerCompression(app);
  registerAuthHook(app);
  registerNulGuard(app);
  await registerOpenApi(app);

  app.get('/health', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    await deps.db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
    return reply.send({ status: 'ok' });
  });
  for (const register of modules) await register(app);

  const web = deps.serveWeb !== false && (await registerWeb(app));
  if (!web) registerApiNotFound(app);
  return app;
}
