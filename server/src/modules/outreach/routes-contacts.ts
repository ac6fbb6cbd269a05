import { idParams, page } from '#core/schemas/common';
import {
  contact,
  contactListItem,
  contactListQuery,
  createContactBody,
  followUpItem,
  followUpQuery,
  updateContactBody,
} from '#core/schemas/contacts';
import { inTenant, type ZodApp } from '../../platform/http/context';
import { getContact, listContacts, listFollowUps, updateContact } from './contact-read';
import { recordContact } from './contacts';
import { outreachContext } from './context';

const tags = ['outreach: contacts'];

/** Contact cards (first, repeat, anonymous) and the follow-ups they set. */
export async function contactRoutes(app: ZodApp): Promise<void> {
  app.post(
    '/api/contacts',
    {
      config: { access: 'contacts.create' },
      schema: {
        tags,
        summary: 'Record a contact (201; 200 when the same id was already recorded)',
        body: createContactBody,
        response: { 200: contact, 201: contact },
      },
    },
    async (request, reply) => {
      const result = await inTenant(request, (tx) => recordContact(tx, outreachContext(request), request.body));
      return reply.status(result.created ? 201 : 200).send(result.contact);
    },
  );
  app.get(
    '/api/contacts',
    {
      config: { access: 'contacts.read' },
      schema: {
        tags,
        summary: 'Contacts in your scope',
        querystring: contactListQuery,
        response: { 200: page(contactListItem) },
      },
    },
    async (request) => inTenant(request, (tx) => listContacts(tx, outreachContext(request), request.query)),
  );
  app.get(
    '/api/contacts/:id',
    {
      config: { access: 'contacts.read' },
      schema: { tags, summary: 'One contact card (an audited read)', params: idParams, response: { 200: contact } },
    },
    async (request) => inTenant(request, (tx) => getContact(tx, outreachContext(request), request.params.id)),
  );
  app.patch(
    '/api/contacts/:id',
    {
      config: { access: 'contacts.update' },
      schema: {
        tags,
        summary: 'Correct a contact card',
        params: idParams,
        body: updateContactBody,
        response: { 200: contact },
      },
    },
    async (request) =>
      inTenant(request, (tx) => updateContact(tx, outreachContext(request), request.params.id, request.body)),
  );
  app.get(
    '/api/follow-ups',
    {
      config: { access: 'contacts.read' },
      schema: {
        tags,
        summary: 'Open follow-ups in your scope',
        querystring: followUpQuery,
        response: { 200: page(followUpItem) },
      },
    },
    async (request) => inTenant(request, (tx) => listFollowUps(tx, outreachContext(request), request.query)),
  );
}
