import { idParams } from '#core/schemas/common';
import {
  createReferralBody,
  notedReferralList,
  referral,
  referralList,
  referralListQuery,
  referralPage,
  referralStatistics,
  referralStatisticsQuery,
  referralStatusBody,
} from '#core/schemas/referrals';
import { inTenant, type ZodApp } from '../../platform/http/context';
import { outreachContext } from '../outreach/index';
import { referralContext } from './context';
import { listNotedReferrals } from './noted';
import { getReferral, listClientReferrals, listReferrals } from './read';
import { createReferral, moveReferral } from './referrals';
import { readReferralStatistics } from './statistics';

const tags = ['referrals'];

export async function referralRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/referrals',
    {
      config: { access: 'referrals.read' },
      schema: {
        tags,
        summary: 'Referrals to follow up: open, overdue, by partner',
        querystring: referralListQuery,
        response: { 200: referralPage },
      },
    },
    async (request) => inTenant(request, (tx) => listReferrals(tx, referralContext(request), request.query)),
  );
  app.post(
    '/api/referrals',
    {
      config: { access: 'referrals.create' },
      schema: {
        tags,
        summary: "Refer a person to a partner's service",
        body: createReferralBody,
        response: { 201: referral },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inTenant(request, (tx) => createReferral(tx, referralContext(request), request.body))),
  );
  app.get(
    '/api/referrals/statistics',
    {
      config: { access: 'referrals.read' },
      schema: {
        tags,
        summary: 'Referrals of a period by status, partner and reason; days to an outcome',
        querystring: referralStatisticsQuery,
        response: { 200: referralStatistics },
      },
    },
    async (request) => inTenant(request, (tx) => readReferralStatistics(tx, request.query)),
  );
  app.get(
    '/api/referrals/:id',
    {
      config: { access: 'referrals.read' },
      schema: { tags, summary: 'One referral', params: idParams, response: { 200: referral } },
    },
    async (request) => inTenant(request, (tx) => getReferral(tx, referralContext(request), request.params.id)),
  );
  app.post(
    '/api/referrals/:id/status',
    {
      config: { access: 'referrals.manage' },
      schema: {
        tags,
        summary: "The partner's answer or the outcome, with feedback",
        params: idParams,
        body: referralStatusBody,
        response: { 200: referral },
      },
    },
    async (request) =>
      inTenant(request, (tx) => moveReferral(tx, referralContext(request), request.params.id, request.body)),
  );
  app.get(
    '/api/clients/:id/noted-referrals',
    {
      config: { access: 'referrals.create' },
      schema: {
        tags,
        summary: "Referrals noted on the person's contact cards, not yet made real",
        params: idParams,
        response: { 200: notedReferralList },
      },
    },
    async (request) => inTenant(request, (tx) => listNotedReferrals(tx, outreachContext(request), request.params.id)),
  );
  app.get(
    '/api/clients/:id/referrals',
    {
      config: { access: 'referrals.read' },
      schema: { tags, summary: "A person's referrals", params: idParams, response: { 200: referralList } },
    },
    async (request) => inTenant(request, (tx) => listClientReferrals(tx, referralContext(request), request.params.id)),
  );
}
