import { idParams } from '#core/schemas/common';
import {
  createPartnerBody,
  createPartnerLocationBody,
  createPartnerServiceBody,
  partner,
  partnerDetail,
  partnerListQuery,
  partnerLocation,
  partnerPage,
  partnerService,
  partnerServicePage,
  partnerServiceQuery,
  updatePartnerBody,
  updatePartnerLocationBody,
  updatePartnerServiceBody,
} from '#core/schemas/partners';
import { actorOf, inTenant, type ZodApp } from '../../platform/http/context';
import { createLocation, updateLocation } from './locations';
import { createPartner, getPartner, listPartners, updatePartner } from './partners';
import { createService, searchServices, updateService } from './services';

const tags = ['partners: the directory'];

/** The partner directory: partners, their places and services. */
export async function partnerRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/partners',
    {
      config: { access: 'partners.read' },
      schema: {
        tags,
        summary: 'The directory of partners',
        querystring: partnerListQuery,
        response: { 200: partnerPage },
      },
    },
    async (request) => inTenant(request, (tx) => listPartners(tx, request.query)),
  );
  app.post(
    '/api/partners',
    {
      config: { access: 'partners.manage' },
      schema: { tags, summary: 'Add a partner organisation', body: createPartnerBody, response: { 201: partner } },
    },
    async (request, reply) =>
      reply.status(201).send(await inTenant(request, (tx) => createPartner(tx, actorOf(request), request.body))),
  );
  app.get(
    '/api/partners/:id',
    {
      config: { access: 'partners.read' },
      schema: {
        tags,
        summary: 'A partner with its places and services',
        params: idParams,
        response: { 200: partnerDetail },
      },
    },
    async (request) => inTenant(request, (tx) => getPartner(tx, request.params.id)),
  );
  app.patch(
    '/api/partners/:id',
    {
      config: { access: 'partners.manage' },
      schema: {
        tags,
        summary: 'Change a partner, or stop working with it',
        params: idParams,
        body: updatePartnerBody,
        response: { 200: partner },
      },
    },
    async (request) => inTenant(request, (tx) => updatePartner(tx, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/partner-locations',
    {
      config: { access: 'partners.manage' },
      schema: {
        tags,
        summary: "Add a partner's place",
        body: createPartnerLocationBody,
        response: { 201: partnerLocation },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inTenant(request, (tx) => createLocation(tx, actorOf(request), request.body))),
  );
  app.patch(
    '/api/partner-locations/:id',
    {
      config: { access: 'partners.manage' },
      schema: {
        tags,
        summary: "Change a partner's place",
        params: idParams,
        body: updatePartnerLocationBody,
        response: { 200: partnerLocation },
      },
    },
    async (request) => inTenant(request, (tx) => updateLocation(tx, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/partner-services',
    {
      config: { access: 'partners.read' },
      schema: {
        tags,
        summary: 'Services to refer to, across partners',
        querystring: partnerServiceQuery,
        response: { 200: partnerServicePage },
      },
    },
    async (request) => inTenant(request, (tx) => searchServices(tx, request.query)),
  );
  app.post(
    '/api/partner-services',
    {
      config: { access: 'partners.manage' },
      schema: {
        tags,
        summary: "Add a partner's service",
        body: createPartnerServiceBody,
        response: { 201: partnerService },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inTenant(request, (tx) => createService(tx, actorOf(request), request.body))),
  );
  app.patch(
    '/api/partner-services/:id',
    {
      config: { access: 'partners.manage' },
      schema: {
        tags,
        summary: "Change a partner's service",
        params: idParams,
        body: updatePartnerServiceBody,
        response: { 200: partnerService },
      },
    },
    async (request) => inTenant(request, (tx) => updateService(tx, actorOf(request), request.params.id, request.body)),
  );
}
