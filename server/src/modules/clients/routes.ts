import { z } from 'zod';
import {
  client,
  clientAccessEntry,
  clientConsentParams,
  clientListItem,
  clientListQuery,
  clientMerge,
  clientSearchBody,
  clientSummary,
  consent,
  createClientBody,
  createConsentBody,
  createdClient,
  duplicateCheckBody,
  identityEnvelope,
  mergeClientBody,
  reasonBody,
  saveIdentityBody,
  setCodeBody,
  updateClientBody,
  withdrawConsentBody,
} from '#core/schemas/clients';
import { idParams, noBody, page } from '#core/schemas/common';
import { actorOf, inTenant, type ZodApp } from '../../platform/http/context';
import { clientAccessLog } from './access-log';
import { createClient, getClient, listClients, setClientCode, updateClient } from './clients';
import { listConsents, recordConsent, withdrawConsent } from './consents';
import { clientContext } from './context';
import { openIdentity, saveIdentity } from './identity';
import { listMerges, mergeClients, undoMerge } from './merge';
import { enrollmentRoutes } from './routes-enrollments';
import { findDuplicateCandidates, searchClients } from './search';

const tags = ['clients'];
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** People served: look-up, records, identity "with reason", consents, merges, access log. */
export async function clientRoutes(app: ZodApp): Promise<void> {
  await enrollmentRoutes(app);
  app.post(
    '/api/clients/search',
    {
      config: { access: 'clients.lookup' },
      schema: {
        tags,
        summary: 'Find people by pseudonym or anonymous code (the code goes in the body, never the URL)',
        body: clientSearchBody,
        response: { 200: items(clientSummary) },
      },
    },
    async (request) => ({
      items: await inTenant(request, (tx) => searchClients(tx, clientContext(request), request.body)),
    }),
  );
  app.post(
    '/api/clients/duplicates',
    {
      config: { access: 'clients.lookup' },
      schema: {
        tags,
        summary: 'Possible duplicates of a person about to be created',
        body: duplicateCheckBody,
        response: { 200: items(clientSummary) },
      },
    },
    async (request) => ({
      items: await inTenant(request, (tx) => findDuplicateCandidates(tx, clientContext(request), request.body)),
    }),
  );
  app.get(
    '/api/clients',
    {
      config: { access: 'clients.read' },
      schema: { tags, summary: 'List clients', querystring: clientListQuery, response: { 200: page(clientListItem) } },
    },
    async (request) => inTenant(request, (tx) => listClients(tx, request.query)),
  );
  app.post(
    '/api/clients',
    {
      config: { access: 'clients.create' },
      schema: { tags, summary: 'Create a client', body: createClientBody, response: { 201: createdClient } },
    },
    async (request, reply) =>
      reply.status(201).send(await inTenant(request, (tx) => createClient(tx, clientContext(request), request.body))),
  );
  app.get(
    '/api/clients/:id',
    {
      config: { access: 'clients.read' },
      schema: { tags, summary: 'One client (an audited read)', params: idParams, response: { 200: client } },
    },
    async (request) => inTenant(request, (tx) => getClient(tx, clientContext(request), request.params.id)),
  );
  app.patch(
    '/api/clients/:id',
    {
      config: { access: 'clients.update' },
      schema: { tags, summary: 'Change a client', params: idParams, body: updateClientBody, response: { 200: client } },
    },
    async (request) =>
      inTenant(request, (tx) => updateClient(tx, clientContext(request), request.params.id, request.body)),
  );
  app.post(
    '/api/clients/:id/code',
    {
      config: { access: 'clients.update' },
      schema: {
        tags,
        summary: "Replace a temporary or wrong code with the person's full code",
        params: idParams,
        body: setCodeBody,
        response: { 200: client },
      },
    },
    async (request) =>
      inTenant(request, (tx) => setClientCode(tx, clientContext(request), request.params.id, request.body.code)),
  );
  app.post(
    '/api/clients/:id/identity/open',
    {
      config: { access: 'clients.identity' },
      schema: {
        tags,
        summary: 'Open the identity record, giving a reason (audited and flagged)',
        params: idParams,
        body: reasonBody,
        response: { 200: identityEnvelope },
      },
    },
    async (request) =>
      inTenant(request, (tx) => openIdentity(tx, clientContext(request), request.params.id, request.body.reason)),
  );
  app.put(
    '/api/clients/:id/identity',
    {
      config: { access: 'clients.identity' },
      schema: {
        tags,
        summary: 'Record or replace the identity record (encrypted)',
        params: idParams,
        body: saveIdentityBody,
        response: { 200: identityEnvelope },
      },
    },
    async (request) =>
      inTenant(request, (tx) =>
        saveIdentity(tx, clientContext(request), request.params.id, request.body.identity, request.body.reason),
      ),
  );
  app.get(
    '/api/clients/:id/consents',
    {
      config: { access: 'clients.read' },
      schema: { tags, summary: "A client's consents", params: idParams, response: { 200: items(consent) } },
    },
    async (request) => inTenant(request, (tx) => listConsents(tx, actorOf(request), request.params.id)),
  );
  app.post(
    '/api/clients/:id/consents',
    {
      config: { access: 'clients.update' },
      schema: {
        tags,
        summary: 'Record a consent',
        params: idParams,
        body: createConsentBody,
        response: { 201: consent },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inTenant(request, (tx) => recordConsent(tx, clientContext(request), request.params.id, request.body)),
        ),
  );
  app.post(
    '/api/clients/:id/consents/:consentId/withdraw',
    {
      config: { access: 'clients.update' },
      schema: {
        tags,
        summary: 'Withdraw a consent',
        params: clientConsentParams,
        body: withdrawConsentBody,
        response: { 200: consent },
      },
    },
    async (request) =>
      inTenant(request, (tx) =>
        withdrawConsent(
          tx,
          clientContext(request),
          request.params.id,
          request.params.consentId,
          request.body.withdrawnOn,
        ),
      ),
  );
  app.get(
    '/api/clients/:id/access-log',
    {
      config: { access: 'clients.read' },
      schema: {
        tags,
        summary: 'Who opened or changed this record',
        params: idParams,
        response: { 200: items(clientAccessEntry) },
      },
    },
    async (request) => inTenant(request, (tx) => clientAccessLog(tx, request.params.id)),
  );
  app.get(
    '/api/clients/:id/merges',
    {
      config: { access: 'clients.read' },
      schema: {
        tags,
        summary: 'Merges into or of this client',
        params: idParams,
        response: { 200: items(clientMerge) },
      },
    },
    async (request) => inTenant(request, (tx) => listMerges(tx, actorOf(request), request.params.id)),
  );
  app.post(
    '/api/clients/:id/merge',
    {
      config: { access: 'clients.merge' },
      schema: {
        tags,
        summary: 'Merge a duplicate into this client (reversible)',
        params: idParams,
        body: mergeClientBody,
        response: { 201: clientMerge },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inTenant(request, (tx) =>
            mergeClients(tx, clientContext(request), request.params.id, request.body.duplicateId),
          ),
        ),
  );
  app.post(
    '/api/client-merges/:id/undo',
    {
      config: { access: 'clients.merge' },
      schema: { tags, summary: 'Undo a merge', params: idParams, body: noBody, response: { 200: clientMerge } },
    },
    async (request) => inTenant(request, (tx) => undoMerge(tx, clientContext(request), request.params.id)),
  );
}
