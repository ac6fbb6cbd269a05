import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../../platform/audit/record';
import { actorOf, requireAuth } from '../../platform/http/context';

/** Who records or reads visits. */
export interface DropinContext {
  actor: AuditActor;
  userId: string;
}

export function dropinContext(request: FastifyRequest): DropinContext {
  return { actor: actorOf(request), userId: requireAuth(request).user.id };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in the organisation's time zone (a check-in at 00:30 belongs to that day). */
export function localDate(timeZone: string, at: Date): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}
