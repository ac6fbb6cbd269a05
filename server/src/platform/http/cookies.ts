import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const sessionCookie = 'kontakt_session';
export const csrfCookie = 'kontakt_csrf';

function secure(request: FastifyRequest): boolean {
  const setting = request.server.platform.config.secureCookies;
  return setting === 'auto' ? request.protocol === 'https' : setting === 'true';
}

/**
 * Session cookie: HttpOnly (scripts never see it), SameSite=Strict (no
 * cross-site request carries it), Secure behind HTTPS. No Max-Age: the server
 * decides when a session ends.
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookie, token, { httpOnly: true, sameSite: 'strict', secure: secure(request), path: '/' });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, { path: '/' });
}

/** The pre-session CSRF secret (sign-in is protected too). */
export function setCsrfCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(csrfCookie, token, { httpOnly: true, sameSite: 'strict', secure: secure(request), path: '/' });
}
