import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteAccess } from '#core/permissions/actions';
import type { AuditActor } from '../audit/record';
import type { Principal } from '../auth/principal';
import type { ActiveSession } from '../auth/sessions';
import type { Config } from '../config';
import type { Keyring } from '../crypto/keyring';
import type { Db } from '../db/pool';
import { type Tx, withTenant } from '../db/tenancy';
import { AppError } from '../errors';

/** The signed-in state of a request, set by the auth hook. */
export interface RequestAuth extends Principal {
  session: ActiveSession;
}

/** Shared services every module receives; the platform knows no module. */
export interface Platform {
  db: Db;
  keyring: Keyring;
  codeSecretRoot: Buffer;
  config: Config;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
    /** A partner system's key, on a route open to its scope (`config.apiKey`) and without a session. */
    apiKey: import('../auth/api-keys').ApiKeyPrincipal | null;
  }
  interface FastifyInstance {
    platform: Platform;
    /** Every API route with its declared access, for the permission matrix. */
    routeRules: readonly import('./auth-hook').RouteRule[];
  }
  interface FastifyContextConfig {
    /** Who may call the route: `public`, `session`, or a permission action. */
    access?: RouteAccess;
    /** A read route a key of this scope may also call (`Authorization: Bearer …`), instead of a session. */
    apiKey?: import('../auth/api-keys').ApiKeyScope;
  }
}

/** The Fastify instance modules register routes on, with zod type inference. */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The signed-in state, or a 401 for routes that reach here without one. */
export function requireAuth(request: FastifyRequest): RequestAuth {
  if (!request.auth) throw new AppError('unauthenticated');
  return request.auth;
}

/** The audit actor of a request. */
export function actorOf(request: FastifyRequest): AuditActor {
  const auth = requireAuth(request);
  return { organisationId: auth.organisation.id, userId: auth.user.id, sessionId: auth.session.id, ip: request.ip };
}

/** Runs work scoped to the organisation of the caller: a signed-in person, or a partner system's key. */
export function inTenantOrKey<T>(request: FastifyRequest, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (!request.auth && request.apiKey)
    return withTenant(
      request.server.platform.db,
      { organisationId: request.apiKey.organisationId, userId: null },
      work,
    );
  return inTenant(request, work);
}

/** Runs work in a transaction scoped to the caller's organisation. */
export function inTenant<T>(request: FastifyRequest, work: (tx: Tx) => Promise<T>): Promise<T> {
  const auth = requireAuth(request);
  return withTenant(request.server.platform.db, { organisationId: auth.organisation.id, userId: auth.user.id }, work);
}
