import { z } from 'zod';
import { limits } from '../limits';
import { id, pageQuery } from './common';

export const auditEvent = z.object({
  seq: z.number().int(),
  id,
  at: z.string(),
  actorId: id.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  clientId: id.nullable(),
  flagged: z.boolean(),
  reason: z.string().nullable(),
  ip: z.string().nullable(),
});

export const listAuditQuery = pageQuery.extend({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  actorId: id.optional(),
  action: z.string().trim().max(limits.shortTextMax).optional(),
  entityType: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(64).optional(),
  flagged: z.enum(['true', 'false']).optional(),
});

export const auditVerifyResponse = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  brokenAtSeq: z.number().int().nullable(),
  /** Events appended but not linked into the chain yet (sealed within seconds). */
  pending: z.number().int(),
  /** Events that bypassed sealing: the trail cannot be trusted. */
  outside: z.number().int(),
});
