import type { z } from 'zod';
import { idParams } from '#core/schemas/common';
import { hsdsDocument, hsdsImportBody, hsdsImportReport, hsdsPage, hsdsQuery } from '#core/schemas/hsds';
import type { Tx } from '../../platform/db/tenancy';
import { actorOf, inTenant, inTenantOrKey, type ZodApp } from '../../platform/http/context';
import { requestLocale } from '../../platform/http/locale';
import { importHsds } from './hsds/import';
import {
  type HsdsQuery,
  hsdsOrganization,
  hsdsOrganizations,
  hsdsService,
  hsdsServiceAtLocations,
  hsdsServices,
} from './hsds/read';

type PagedRead = (tx: Tx, q: HsdsQuery) => Promise<z.infer<typeof hsdsPage>>;

const tags = ['partners: Open Referral HSDS 3.0'];

/** The directory as HSDS 3.0, read-only, for partners' systems and other directories. */
export async function hsdsRoutes(app: ZodApp): Promise<void> {
  const paged = (path: string, summary: string, read: PagedRead) =>
    app.get(
      path,
      {
        config: { access: 'hsds.read', apiKey: 'directory' },
        schema: { tags, summary, querystring: hsdsQuery, response: { 200: hsdsPage } },
      },
      async (request) => inTenantOrKey(request, (tx) => read(tx, request.query)),
    );
  paged('/api/hsds/services', 'Services, each with its organisation and places', hsdsServices);
  paged('/api/hsds/organizations', 'Partner organisations with their places', hsdsOrganizations);
  paged('/api/hsds/service_at_locations', 'Every service at every place', hsdsServiceAtLocations);
  app.post(
    '/api/hsds/import',
    {
      config: { access: 'partners.manage' },
      schema: {
        tags,
        summary: 'Import an HSDS document into the directory, with a report of what was refused and why',
        body: hsdsImportBody,
        response: { 200: hsdsImportReport },
      },
    },
    async (request) =>
      inTenant(request, (tx) => importHsds(tx, actorOf(request), request.body, requestLocale(request))),
  );
  app.get(
    '/api/hsds/services/:id',
    {
      config: { access: 'hsds.read', apiKey: 'directory' },
      schema: { tags, summary: 'One service', params: idParams, response: { 200: hsdsDocument } },
    },
    async (request) => inTenantOrKey(request, (tx) => hsdsService(tx, request.params.id)),
  );
  app.get(
    '/api/hsds/organizations/:id',
    {
      config: { access: 'hsds.read', apiKey: 'directory' },
      schema: { tags, summary: 'One organisation', params: idParams, response: { 200: hsdsDocument } },
    },
    async (request) => inTenantOrKey(request, (tx) => hsdsOrganization(tx, request.params.id)),
  );
}
