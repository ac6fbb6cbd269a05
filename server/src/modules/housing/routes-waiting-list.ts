import { idParams, noBody } from '#core/schemas/common';
import {
  addToWaitingListBody,
  siteParams,
  waitingListEntry,
  waitingListPage,
  waitingListQuery,
} from '#core/schemas/housing';
import { actorOf, inTenant, type ZodApp } from '../../platform/http/context';
import { addToWaitingList, listWaitingList, withdrawFromWaitingList } from './waiting-list';

const tags = ['housing: waiting list'];

/** Each site's waiting list; placing a waiting person ends their wait (placements.ts). */
export async function waitingListRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/sites/:siteId/waiting-list',
    {
      config: { access: 'housing.read' },
      schema: {
        tags,
        summary: "A site's waiting list (urgent first, then longest waiting)",
        params: siteParams,
        querystring: waitingListQuery,
        response: { 200: waitingListPage },
      },
    },
    async (request) => inTenant(request, (tx) => listWaitingList(tx, request.params.siteId, request.query)),
  );
  app.post(
    '/api/sites/:siteId/waiting-list',
    {
      config: { access: 'housing.manage' },
      schema: {
        tags,
        summary: "Put a person on a site's waiting list",
        params: siteParams,
        body: addToWaitingListBody,
        response: { 201: waitingListEntry },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inTenant(request, (tx) => addToWaitingList(tx, actorOf(request), request.params.siteId, request.body)),
        ),
  );
  app.post(
    '/api/waiting-list/:id/withdraw',
    {
      config: { access: 'housing.manage' },
      schema: {
        tags,
        summary: 'Take a person off a waiting list',
        params: idParams,
        body: noBody,
        response: { 200: waitingListEntry },
      },
    },
    async (request) => inTenant(request, (tx) => withdrawFromWaitingList(tx, actorOf(request), request.params.id)),
  );
}
