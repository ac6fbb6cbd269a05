import { timingSafeEqual } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RouteAccess } from '#core/permissions/actions';
import { can } from '#core/permissions/policy';
import { findApiKey } from '../auth/api-keys';
import { findSession } from '../auth/sessions';
import { AppError } from '../errors';
import { clearSessionCookie, csrfCookie, sessionCookie } from './cookies';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Refuses cross-site writes: the Origin (when sent) must be this host. */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}

/**
 * The gate every route passes: resolve the session cookie, check CSRF on
 * writes, then the route's declared access. Runs before the body is parsed,
 * so an unauthorised caller learns nothing from validation errors.
 */
export function registerAuthHook(app: FastifyInstance): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('apiKey', null);
  app.addHook('onRequest', async (request, reply) => {
    const access: RouteAccess | undefined = request.routeOptions.config.access;
    if (access === undefined) return; // not-found and static routes
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const keyScope = request.routeOptions.config.apiKey;
    if (bearer && !request.cookies[sessionCookie]) {
      // A partner system: only reads, only routes opened to its key's scope.
      const key =
        keyScope && safeMethods.has(request.method) ? await findApiKey(request.server.platform.db, bearer) : null;
      if (!key || key.scope !== keyScope) throw new AppError('unauthenticated');
      request.apiKey = key;
      return;
    }
    const token = request.cookies[sessionCookie];
    let expired = false;
    if (token) {
      const found = await findSession(request.server.platform.db, token);
      if (found.status === 'active') request.auth = { ...found.principal, session: found.session };
      else {
        expired = found.status === 'expired';
        clearSessionCookie(reply);
      }
    }

    const auth = request.auth;
    // No session on a protected route: nothing can change, so say "sign in"
    // (clearer than a CSRF failure when a session has just ended).
    if (access !== 'public' && !auth) throw new AppError(expired ? 'session_expired' : 'unauthenticated');
    if (!safeMethods.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      const sent = Array.isArray(header) ? header[0] : header;
      const expected = request.auth ? request.auth.session.csrfToken : request.cookies[csrfCookie];
      if (!sameOrigin(request) || !sameToken(sent, expected)) throw new AppError('csrf_failed');
    }

    if (access === 'public' || access === 'session' || !auth) return;
    switch (auth.session.stage) {
      case 'password_change':
        throw new AppError('password_change_required');
      case 'two_factor_enrol':
        throw new AppError('two_factor_enrolment_required');
      case 'two_factor_verify':
        throw new AppError('two_factor_required');
      case 'full':
        break;
    }
    if (!can(auth.user.roles, access)) throw new AppError('forbidden');
  });
}

/** One API route and who may call it: the rows of the permission matrix. */
export interface RouteRule {
  method: string;
  url: string;
  access: RouteAccess;
}

/**
 * Fails the boot when an API route forgets to declare who may call it, and
 * collects every rule so the permission-matrix test can walk them all.
 */
export function requireAccessOnEveryRoute(app: FastifyInstance): RouteRule[] {
  const rules: RouteRule[] = [];
  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path;
    const isApi = (url.startsWith('/api/') && !url.startsWith('/api/docs')) || url === '/health';
    if (!isApi) return;
    const access = route.config?.access;
    if (access === undefined) throw new Error(`Route ${route.method} ${url} does not declare config.access`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') rules.push({ method, url, access });
  });
  return rules;
}
