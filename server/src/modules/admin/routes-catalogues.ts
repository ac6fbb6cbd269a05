import { z } from 'zod';
import { auditEvent, auditVerifyResponse, listAuditQuery } from '#core/schemas/audit';
import {
  catalogueItem,
  catalogueItemParams,
  catalogueKindParams,
  createCatalogueItemBody,
  updateCatalogueItemBody,
} from '#core/schemas/catalogues';
import { noBody, page } from '#core/schemas/common';
import { recordAudit } from '../../platform/audit/record';
import { sealAuditBatch } from '../../platform/audit/seal';
import { verifyAuditChain } from '../../platform/audit/verify';
import { actorOf, inTenant, requireAuth, type ZodApp } from '../../platform/http/context';
import { listAuditEvents } from './audit-log';
import { createCatalogueItem, listCatalogue, updateCatalogueItem } from './catalogues';

const items = z.object({ items: z.array(catalogueItem) });

/** Catalogues and the audit trail. */
export async function catalogueAndAuditRoutes(app: ZodApp): Promise<void> {
  const tags = ['admin: catalogues'];
  app.get(
    '/api/catalogues',
    {
      config: { access: 'catalogues.read' },
      schema: { tags, summary: 'All catalogue items', response: { 200: items } },
    },
    async (request) => inTenant(request, (tx) => listCatalogue(tx)),
  );
  app.get(
    '/api/catalogues/:kind',
    {
      config: { access: 'catalogues.read' },
      schema: { tags, summary: 'Items of one catalogue', params: catalogueKindParams, response: { 200: items } },
    },
    async (request) => inTenant(request, (tx) => listCatalogue(tx, request.params.kind)),
  );
  app.post(
    '/api/catalogues/:kind',
    {
      config: { access: 'catalogues.manage' },
      schema: {
        tags,
        summary: 'Add an item',
        params: catalogueKindParams,
        body: createCatalogueItemBody,
        response: { 201: catalogueItem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inTenant(request, (tx) => createCatalogueItem(tx, actorOf(request), request.params.kind, request.body)),
        ),
  );
  app.patch(
    '/api/catalogues/:kind/:id',
    {
      config: { access: 'catalogues.manage' },
      schema: {
        tags,
        summary: 'Change or retire an item',
        params: catalogueItemParams,
        body: updateCatalogueItemBody,
        response: { 200: catalogueItem },
      },
    },
    async (request) =>
      inTenant(request, (tx) =>
        updateCatalogueItem(tx, actorOf(request), request.params.kind, request.params.id, request.body),
      ),
  );

  const auditTags = ['admin: audit'];
  app.get(
    '/api/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: auditTags,
        summary: 'Browse audit events',
        querystring: listAuditQuery,
        response: { 200: page(auditEvent) },
      },
    },
    async (request) => inTenant(request, (tx) => listAuditEvents(tx, request.query)),
  );
  app.post(
    '/api/audit/verify',
    {
      config: { access: 'audit.verify' },
      schema: {
        body: noBody,
        tags: auditTags,
        summary: 'Verify the hash chain',
        response: { 200: auditVerifyResponse },
      },
    },
    async (request) =>
      inTenant(request, async (tx) => {
        const organisationId = requireAuth(request).organisation.id;
        // Seal what has committed first, so the check covers everything up to now.
        while ((await sealAuditBatch(tx, organisationId)) > 0);
        const report = await verifyAuditChain(tx, organisationId);
        await recordAudit(tx, actorOf(request), {
          action: 'audit.verified',
          details: { ok: report.ok, checked: report.checked },
        });
        return report;
      }),
  );
}
