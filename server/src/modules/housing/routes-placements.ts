import { idParams } from '#core/schemas/common';
import {
  createPlacementBody,
  endPlacementBody,
  movedPlacement,
  movePlacementBody,
  placement,
  placementList,
  placementListQuery,
  placementPage,
  siteParams,
  updatePlacementBody,
} from '#core/schemas/housing';
import { actorOf, inTenant, type ZodApp } from '../../platform/http/context';
import { listClientPlacements, listSitePlacements } from './placement-read';
import { createPlacement, endPlacement, movePlacement, updatePlacement } from './placements';

const tags = ['housing: placements'];

/** Stays in a bed or room: booking, planned end, moving, ending; a site's and a person's lists. */
export async function placementRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/sites/:siteId/placements',
    {
      config: { access: 'housing.read' },
      schema: {
        tags,
        summary: "A site's current, upcoming or ended placements",
        params: siteParams,
        querystring: placementListQuery,
        response: { 200: placementPage },
      },
    },
    async (request) => inTenant(request, (tx) => listSitePlacements(tx, request.params.siteId, request.query)),
  );
  app.post(
    '/api/placements',
    {
      config: { access: 'housing.manage' },
      schema: {
        tags,
        summary: 'Place a person into a bed or room (refused if either is taken on those days)',
        body: createPlacementBody,
        response: { 201: placement },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inTenant(request, (tx) => createPlacement(tx, actorOf(request), request.body))),
  );
  app.patch(
    '/api/placements/:id',
    {
      config: { access: 'housing.manage' },
      schema: {
        tags,
        summary: 'Set or clear the planned end of a placement',
        params: idParams,
        body: updatePlacementBody,
        response: { 200: placement },
      },
    },
    async (request) =>
      inTenant(request, (tx) => updatePlacement(tx, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/placements/:id/end',
    {
      config: { access: 'housing.manage' },
      schema: {
        tags,
        summary: 'End a placement: the unit is free from the end day',
        params: idParams,
        body: endPlacementBody,
        response: { 200: placement },
      },
    },
    async (request) => inTenant(request, (tx) => endPlacement(tx, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/placements/:id/move',
    {
      config: { access: 'housing.manage' },
      schema: {
        tags,
        summary: 'Move a placement to another bed or room from a day',
        params: idParams,
        body: movePlacementBody,
        response: { 200: movedPlacement },
      },
    },
    async (request) => inTenant(request, (tx) => movePlacement(tx, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/clients/:id/placements',
    {
      config: { access: 'housing.read' },
      schema: {
        tags,
        summary: "A person's placements, latest first (an audited read of the person)",
        params: idParams,
        response: { 200: placementList },
      },
    },
    async (request) => inTenant(request, (tx) => listClientPlacements(tx, actorOf(request), request.params.id)),
  );
}
