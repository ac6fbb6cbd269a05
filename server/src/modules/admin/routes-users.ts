import { z } from 'zod';
import { sessionList } from '#core/schemas/auth';
import { idParams, noBody, okResponse, page } from '#core/schemas/common';
import { organisation, updateOrganisationBody } from '#core/schemas/organisation';
import {
  createUserBody,
  directoryCounsellor,
  directoryUser,
  listUsersQuery,
  oneTimePasswordResponse,
  updateUserBody,
  user,
} from '#core/schemas/users';
import { listSessions } from '../../platform/auth/session-list';
import { actorOf, inTenant, requireAuth, type ZodApp } from '../../platform/http/context';
import { listCounsellors, listDirectory } from './directory';
import { getOrganisation, updateOrganisation } from './organisations';
import { createUser, getUser, listUsers, resetPassword, revokeAllSessions, updateUser } from './users';

const tags = ['admin: users and organisation'];

/** Organisation settings and user administration. */
export async function userRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/organisation',
    {
      config: { access: 'organisation.read' },
      schema: { tags, summary: 'The organisation and its settings', response: { 200: organisation } },
    },
    async (request) => inTenant(request, (tx) => getOrganisation(tx, requireAuth(request).organisation.id)),
  );
  app.patch(
    '/api/organisation',
    {
      config: { access: 'organisation.manage' },
      schema: {
        tags,
        summary: 'Change organisation settings',
        body: updateOrganisationBody,
        response: { 200: organisation },
      },
    },
    async (request) => inTenant(request, (tx) => updateOrganisation(tx, actorOf(request), request.body)),
  );

  app.get(
    '/api/directory/users',
    {
      config: { access: 'self.read' },
      schema: {
        tags,
        summary: 'Active colleagues, names only (for pickers)',
        response: { 200: z.object({ items: z.array(directoryUser) }) },
      },
    },
    async (request) => inTenant(request, listDirectory),
  );
  app.get(
    '/api/directory/counsellors',
    {
      config: { access: 'appointments.read' },
      schema: {
        tags,
        summary: 'Active counsellors with their disciplines (for booking appointments)',
        response: { 200: z.object({ items: z.array(directoryCounsellor) }) },
      },
    },
    async (request) => inTenant(request, listCounsellors),
  );
  app.get(
    '/api/users',
    {
      config: { access: 'users.read' },
      schema: { tags, summary: 'List users', querystring: listUsersQuery, response: { 200: page(user) } },
    },
    async (request) => inTenant(request, (tx) => listUsers(tx, request.query)),
  );
  app.post(
    '/api/users',
    {
      config: { access: 'users.manage' },
      schema: {
        tags,
        summary: 'Create a user with a one-time password',
        body: createUserBody,
        response: { 201: oneTimePasswordResponse },
      },
    },
    async (request, reply) => {
      const created = await inTenant(request, (tx) => createUser(tx, actorOf(request), request.body));
      return reply.status(201).send(created);
    },
  );
  app.get(
    '/api/users/:id',
    {
      config: { access: 'users.read' },
      schema: { tags, summary: 'One user', params: idParams, response: { 200: user } },
    },
    async (request) => inTenant(request, (tx) => getUser(tx, request.params.id)),
  );
  app.patch(
    '/api/users/:id',
    {
      config: { access: 'users.manage' },
      schema: {
        tags,
        summary: 'Change roles, teams, status',
        params: idParams,
        body: updateUserBody,
        response: { 200: user },
      },
    },
    async (request) => inTenant(request, (tx) => updateUser(tx, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/users/:id/reset-password',
    {
      config: { access: 'users.manage' },
      schema: {
        body: noBody,
        tags,
        summary: 'Issue a new one-time password',
        params: idParams,
        response: { 200: oneTimePasswordResponse },
      },
    },
    async (request) => inTenant(request, (tx) => resetPassword(tx, actorOf(request), request.params.id)),
  );
  app.get(
    '/api/users/:id/sessions',
    {
      config: { access: 'sessions.manage' },
      schema: { tags, summary: "A user's sessions", params: idParams, response: { 200: sessionList } },
    },
    async (request) =>
      inTenant(request, async (tx) => {
        await getUser(tx, request.params.id);
        return listSessions(tx, request.params.id, requireAuth(request).session.id);
      }),
  );
  app.delete(
    '/api/users/:id/sessions',
    {
      config: { access: 'sessions.manage' },
      schema: {
        body: noBody,
        tags,
        summary: 'Sign a user out everywhere',
        params: idParams,
        response: { 200: okResponse },
      },
    },
    async (request) => {
      await inTenant(request, (tx) => revokeAllSessions(tx, actorOf(request), request.params.id));
      return { ok: true as const };
    },
  );
}
