import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { can } from '#core/permissions/policy';
import { outreachScope } from '#core/permissions/scopes';
import { idParams, page } from '#core/schemas/common';
import {
  changesPage,
  changesQuery,
  conflictListQuery,
  device,
  deviceList,
  enrolDeviceBody,
  pushBody,
  pushResponse,
  resolveConflictBody,
  syncConflict,
} from '#core/schemas/sync';
import { actorOf, inTenant, requireAuth, type ZodApp } from '../../platform/http/context';
import { outreachContext } from '../outreach/index';
import { type ConflictViewer, listConflicts, resolveConflict } from './conflicts';
import { type DeviceViewer, enrolDevice, listDevices, revokeDevice } from './devices';
import { readChanges } from './feed';
import { pushOperations } from './push';

const tags = ['offline: devices and sync'];

function viewerOf(request: FastifyRequest): DeviceViewer {
  const auth = requireAuth(request);
  return { actor: actorOf(request), userId: auth.user.id, manager: can(auth.user.roles, 'devices.manage') };
}

function conflictViewerOf(request: FastifyRequest): ConflictViewer {
  return { actor: actorOf(request), userId: requireAuth(request).user.id };
}

/** Phones for offline field work and the delivery of their outboxes (offline-sync.md). */
export async function syncRoutes(app: ZodApp): Promise<void> {
  app.post(
    '/api/devices',
    {
      config: { access: 'devices.own' },
      schema: { tags, summary: 'Enrol this phone', body: enrolDeviceBody, response: { 200: device, 201: device } },
    },
    async (request, reply) => {
      const result = await inTenant(request, (tx) => enrolDevice(tx, viewerOf(request), request.body));
      return reply.status(result.created ? 201 : 200).send(result.device);
    },
  );
  app.get(
    '/api/devices',
    {
      config: { access: 'devices.own' },
      schema: {
        tags,
        summary: 'My devices (an admin: every device)',
        querystring: z.strictObject({}),
        response: { 200: deviceList },
      },
    },
    async (request) => inTenant(request, (tx) => listDevices(tx, viewerOf(request))),
  );
  app.post(
    '/api/devices/:id/revoke',
    {
      config: { access: 'devices.own' },
      schema: {
        tags,
        summary: 'Revoke a device: it wipes itself at its next sync',
        params: idParams,
        response: { 200: device },
      },
    },
    async (request) => inTenant(request, (tx) => revokeDevice(tx, viewerOf(request), request.params.id)),
  );
  app.post(
    '/api/sync/push',
    {
      config: { access: 'sync.push' },
      schema: {
        tags,
        summary: 'Deliver operations from the outbox; each is answered applied, already applied or rejected',
        body: pushBody,
        response: { 200: pushResponse },
      },
    },
    async (request) => pushOperations(request, request.body),
  );
  app.get(
    '/api/sync/changes',
    {
      config: { access: 'sync.pull' },
      schema: {
        tags,
        summary: 'The records changed after a cursor, as the caller may see them (compressed when asked)',
        querystring: changesQuery,
        response: { 200: changesPage },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const reader = {
        userId: auth.user.id,
        outreach: outreachScope(auth.user.roles) ? outreachContext(request) : null,
        plans: can(auth.user.roles, 'plans.manage'),
      };
      return inTenant(request, (tx) => readChanges(tx, reader, request.query));
    },
  );
  app.get(
    '/api/sync/conflicts',
    {
      config: { access: 'sync.conflicts' },
      schema: {
        tags,
        summary: "Conflicting offline edits of clients' profiles: open (newest first) or resolved",
        querystring: conflictListQuery,
        response: { 200: page(syncConflict) },
      },
    },
    async (request) => inTenant(request, (tx) => listConflicts(tx, conflictViewerOf(request), request.query)),
  );
  app.post(
    '/api/sync/conflicts/:id/resolve',
    {
      config: { access: 'sync.resolve' },
      schema: {
        tags,
        summary: "Resolve a conflict: keep the client's current value, or take the other (409 when resolved before)",
        params: idParams,
        body: resolveConflictBody,
        response: { 200: syncConflict },
      },
    },
    async (request) =>
      inTenant(request, (tx) => resolveConflict(tx, conflictViewerOf(request), request.params.id, request.body.keep)),
  );
}
