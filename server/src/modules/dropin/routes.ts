import { idParams } from '#core/schemas/common';
import {
  addVisitServicesBody,
  checkInBody,
  checkOutBody,
  clientVisits,
  clientVisitsQuery,
  daySheet,
  daySheetQuery,
  occupancy,
  visit,
  visitStatistics,
  visitStatisticsQuery,
} from '#core/schemas/visits';
import { inTenant, type ZodApp } from '../../platform/http/context';
import { dropinContext } from './context';
import { listClientVisits, readDaySheet } from './day-sheet';
import { readOccupancy } from './occupancy';
import { readVisitStatistics } from './statistics';
import { addVisitServices, checkIn, checkOut } from './visits';

const tags = ['drop-in: visits'];

/** Reception at drop-in centres and shelters: check-in, services, check-out, the day sheet, occupancy. */
export async function visitRoutes(app: ZodApp): Promise<void> {
  app.post(
    '/api/visits',
    {
      config: { access: 'visits.record' },
      schema: {
        tags,
        summary: 'Check a person or an anonymous head count in at a site',
        body: checkInBody,
        response: { 200: visit, 201: visit },
      },
    },
    async (request, reply) => {
      const result = await inTenant(request, (tx) => checkIn(tx, dropinContext(request), request.body));
      return reply.status(result.created ? 201 : 200).send(result.visit);
    },
  );
  app.post(
    '/api/visits/:id/services',
    {
      config: { access: 'visits.record' },
      schema: {
        tags,
        summary: 'Record services used during an open visit',
        params: idParams,
        body: addVisitServicesBody,
        response: { 200: visit },
      },
    },
    async (request) =>
      inTenant(request, (tx) => addVisitServices(tx, dropinContext(request), request.params.id, request.body.services)),
  );
  app.post(
    '/api/visits/:id/check-out',
    {
      config: { access: 'visits.record' },
      schema: { tags, summary: 'Check a visit out', params: idParams, body: checkOutBody, response: { 200: visit } },
    },
    async (request) => inTenant(request, (tx) => checkOut(tx, dropinContext(request), request.params.id, request.body)),
  );
  app.get(
    '/api/visits/day-sheet',
    {
      config: { access: 'visits.read' },
      schema: {
        tags,
        summary: "A site's visits of a day, with totals",
        querystring: daySheetQuery,
        response: { 200: daySheet },
      },
    },
    async (request) => inTenant(request, (tx) => readDaySheet(tx, dropinContext(request), request.query)),
  );
  app.get(
    '/api/visits/occupancy',
    {
      config: { access: 'visits.read' },
      schema: { tags, summary: 'People in at each site now, against capacity', response: { 200: occupancy } },
    },
    async (request) => inTenant(request, (tx) => readOccupancy(tx, dropinContext(request))),
  );
  app.get(
    '/api/visits/statistics',
    {
      config: { access: 'visits.read' },
      schema: {
        tags,
        summary: 'Visits, people, services and occupancy over a period (no person named)',
        querystring: visitStatisticsQuery,
        response: { 200: visitStatistics },
      },
    },
    async (request) => inTenant(request, (tx) => readVisitStatistics(tx, request.query)),
  );
  app.get(
    '/api/clients/:id/visits',
    {
      config: { access: 'visits.read' },
      schema: {
        tags,
        summary: "A person's visits, newest first",
        params: idParams,
        querystring: clientVisitsQuery,
        response: { 200: clientVisits },
      },
    },
    async (request) =>
      inTenant(request, (tx) => listClientVisits(tx, dropinContext(request), request.params.id, request.query.limit)),
  );
}
