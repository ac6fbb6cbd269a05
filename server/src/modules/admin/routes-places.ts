import { z } from 'zod';
import { idParams } from '#core/schemas/common';
import {
  area,
  areaSpotParams,
  createAreaBody,
  createSiteBody,
  createSpotBody,
  createTeamBody,
  site,
  spot,
  team,
  updateAreaBody,
  updateSiteBody,
  updateSpotBody,
  updateTeamBody,
} from '#core/schemas/places';
import { actorOf, inTenant, type ZodApp } from '../../platform/http/context';
import { createArea, createSpot, listAreas, updateArea, updateSpot } from './areas';
import { createSite, getSite, listSites, updateSite } from './sites';
import { createTeam, listTeams, updateTeam } from './teams';

const tags = ['admin: places and teams'];
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** Sites, teams, areas and spots. */
export async function placeRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/sites',
    { config: { access: 'sites.read' }, schema: { tags, summary: 'List sites', response: { 200: items(site) } } },
    async (request) => inTenant(request, listSites),
  );
  app.post(
    '/api/sites',
    {
      config: { access: 'sites.manage' },
      schema: { tags, summary: 'Create a site', body: createSiteBody, response: { 201: site } },
    },
    async (request, reply) =>
      reply.status(201).send(await inTenant(request, (tx) => createSite(tx, actorOf(request), request.body))),
  );
  app.get(
    '/api/sites/:id',
    {
      config: { access: 'sites.read' },
      schema: { tags, summary: 'One site', params: idParams, response: { 200: site } },
    },
    async (request) => inTenant(request, (tx) => getSite(tx, request.params.id)),
  );
  app.patch(
    '/api/sites/:id',
    {
      config: { access: 'sites.manage' },
      schema: { tags, summary: 'Change a site', params: idParams, body: updateSiteBody, response: { 200: site } },
    },
    async (request) => inTenant(request, (tx) => updateSite(tx, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/teams',
    { config: { access: 'teams.read' }, schema: { tags, summary: 'List teams', response: { 200: items(team) } } },
    async (request) => inTenant(request, listTeams),
  );
  app.post(
    '/api/teams',
    {
      config: { access: 'teams.manage' },
      schema: { tags, summary: 'Create a team', body: createTeamBody, response: { 201: team } },
    },
    async (request, reply) =>
      reply.status(201).send(await inTenant(request, (tx) => createTeam(tx, actorOf(request), request.body))),
  );
  app.patch(
    '/api/teams/:id',
    {
      config: { access: 'teams.manage' },
      schema: { tags, summary: 'Change a team', params: idParams, body: updateTeamBody, response: { 200: team } },
    },
    async (request) => inTenant(request, (tx) => updateTeam(tx, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/areas',
    { config: { access: 'areas.read' }, schema: { tags, summary: 'Areas with spots', response: { 200: items(area) } } },
    async (request) => inTenant(request, listAreas),
  );
  app.post(
    '/api/areas',
    {
      config: { access: 'areas.manage' },
      schema: { tags, summary: 'Create an area', body: createAreaBody, response: { 201: area } },
    },
    async (request, reply) =>
      reply.status(201).send(await inTenant(request, (tx) => createArea(tx, actorOf(request), request.body))),
  );
  app.patch(
    '/api/areas/:id',
    {
      config: { access: 'areas.manage' },
      schema: { tags, summary: 'Change an area', params: idParams, body: updateAreaBody, response: { 200: area } },
    },
    async (request) => inTenant(request, (tx) => updateArea(tx, actorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/areas/:areaId/spots',
    {
      config: { access: 'areas.manage' },
      schema: {
        tags,
        summary: 'Add a spot to an area',
        params: areaSpotParams,
        body: createSpotBody,
        response: { 201: spot },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inTenant(request, (tx) => createSpot(tx, actorOf(request), request.params.areaId, request.body))),
  );
  app.patch(
    '/api/spots/:id',
    {
      config: { access: 'areas.manage' },
      schema: { tags, summary: 'Change a spot', params: idParams, body: updateSpotBody, response: { 200: spot } },
    },
    async (request) => inTenant(request, (tx) => updateSpot(tx, actorOf(request), request.params.id, request.body)),
  );
}
