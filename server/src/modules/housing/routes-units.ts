import { idParams } from '#core/schemas/common';
import {
  createHousingUnitBody,
  housingOccupancy,
  housingOccupancyQuery,
  housingUnit,
  housingUnitList,
  siteParams,
  updateHousingUnitBody,
} from '#core/schemas/housing';
import { actorOf, inTenant, type ZodApp } from '../../platform/http/context';
import { readHousingOccupancy } from './occupancy';
import { createUnit, listUnits, updateUnit } from './units';

const tags = ['housing: beds and rooms'];

/** A site's beds and rooms (the bed board) and its occupancy history. */
export async function unitRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/sites/:siteId/units',
    {
      config: { access: 'housing.read' },
      schema: {
        tags,
        summary: "A site's beds and rooms, with who is in each today",
        params: siteParams,
        response: { 200: housingUnitList },
      },
    },
    async (request) => inTenant(request, (tx) => listUnits(tx, request.params.siteId)),
  );
  app.post(
    '/api/sites/:siteId/units',
    {
      config: { access: 'housing.manage' },
      schema: {
        tags,
        summary: 'Add a bed or a room to a site',
        params: siteParams,
        body: createHousingUnitBody,
        response: { 201: housingUnit },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inTenant(request, (tx) => createUnit(tx, actorOf(request), request.params.siteId, request.body))),
  );
  app.patch(
    '/api/housing-units/:id',
    {
      config: { access: 'housing.manage' },
      schema: {
        tags,
        summary: 'Rename a bed or room, or take it out of use',
        params: idParams,
        body: updateHousingUnitBody,
        response: { 200: housingUnit },
      },
    },
    async (request) => inTenant(request, (tx) => updateUnit(tx, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/sites/:siteId/housing-occupancy',
    {
      config: { access: 'housing.read' },
      schema: {
        tags,
        summary: 'Units occupied per day against units in use and declared beds',
        params: siteParams,
        querystring: housingOccupancyQuery,
        response: { 200: housingOccupancy },
      },
    },
    async (request) => inTenant(request, (tx) => readHousingOccupancy(tx, request.params.siteId, request.query)),
  );
}
