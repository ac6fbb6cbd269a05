import { apiKey, apiKeyCreated, apiKeyList, createApiKeyBody } from '#core/schemas/api-keys';
import { idParams, noBody } from '#core/schemas/common';
import { actorOf, inTenant, type ZodApp } from '../../platform/http/context';
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys';

const tags = ['partners: keys for the HSDS export'];

/** Keys partners' systems read the HSDS export with, instead of a person's session. */
export async function apiKeyRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/directory-keys',
    {
      config: { access: 'partners.keys' },
      schema: { tags, summary: 'The directory keys', response: { 200: apiKeyList } },
    },
    async (request) => inTenant(request, (tx) => listApiKeys(tx)),
  );
  app.post(
    '/api/directory-keys',
    {
      config: { access: 'partners.keys' },
      schema: {
        tags,
        summary: 'Make a key (its token is shown once)',
        body: createApiKeyBody,
        response: { 201: apiKeyCreated },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inTenant(request, (tx) => createApiKey(tx, actorOf(request), request.body.name))),
  );
  app.post(
    '/api/directory-keys/:id/revoke',
    {
      config: { access: 'partners.keys' },
      schema: { tags, summary: 'Revoke a key', params: idParams, body: noBody, response: { 200: apiKey } },
    },
    async (request) => inTenant(request, (tx) => revokeApiKey(tx, actorOf(request), request.params.id)),
  );
}
