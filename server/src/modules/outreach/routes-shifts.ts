import { idParams, noBody, page } from '#core/schemas/common';
import { createShiftBody, returnShiftBody, shift, shiftListQuery, updateShiftBody } from '#core/schemas/shifts';
import { workReport } from '#core/schemas/work-report';
import { inTenant, type ZodApp } from '../../platform/http/context';
import { outreachContext } from './context';
import { openShift, reviewShift, submitShift } from './shift-flow';
import { createShift, getShift, listShifts, updateShift } from './shifts';
import { shiftWorkReport } from './work-report';

const tags = ['outreach: shifts'];

/** Shifts: plan, run, submit; the coordinator approves or returns the work report. */
export async function shiftRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/shifts',
    {
      config: { access: 'shifts.read' },
      schema: { tags, summary: 'Shifts in your scope', querystring: shiftListQuery, response: { 200: page(shift) } },
    },
    async (request) => inTenant(request, (tx) => listShifts(tx, outreachContext(request), request.query)),
  );
  app.post(
    '/api/shifts',
    {
      config: { access: 'shifts.manage' },
      schema: { tags, summary: 'Plan a shift', body: createShiftBody, response: { 201: shift } },
    },
    async (request, reply) =>
      reply.status(201).send(await inTenant(request, (tx) => createShift(tx, outreachContext(request), request.body))),
  );
  app.get(
    '/api/shifts/:id',
    {
      config: { access: 'shifts.read' },
      schema: { tags, summary: 'One shift', params: idParams, response: { 200: shift } },
    },
    async (request) => inTenant(request, (tx) => getShift(tx, outreachContext(request), request.params.id)),
  );
  app.patch(
    '/api/shifts/:id',
    {
      config: { access: 'shifts.manage' },
      schema: { tags, summary: 'Change a shift', params: idParams, body: updateShiftBody, response: { 200: shift } },
    },
    async (request) =>
      inTenant(request, (tx) => updateShift(tx, outreachContext(request), request.params.id, request.body)),
  );
  app.post(
    '/api/shifts/:id/open',
    {
      config: { access: 'shifts.manage' },
      schema: { tags, summary: 'Start the shift', params: idParams, body: noBody, response: { 200: shift } },
    },
    async (request) => inTenant(request, (tx) => openShift(tx, outreachContext(request), request.params.id)),
  );
  app.post(
    '/api/shifts/:id/submit',
    {
      config: { access: 'shifts.manage' },
      schema: { tags, summary: 'Submit the work report', params: idParams, body: noBody, response: { 200: shift } },
    },
    async (request) => inTenant(request, (tx) => submitShift(tx, outreachContext(request), request.params.id)),
  );
  app.post(
    '/api/shifts/:id/approve',
    {
      config: { access: 'shifts.review' },
      schema: { tags, summary: 'Approve the work report', params: idParams, body: noBody, response: { 200: shift } },
    },
    async (request) =>
      inTenant(request, (tx) => reviewShift(tx, outreachContext(request), request.params.id, { approve: true })),
  );
  app.post(
    '/api/shifts/:id/return',
    {
      config: { access: 'shifts.review' },
      schema: {
        tags,
        summary: 'Return the work report with a comment',
        params: idParams,
        body: returnShiftBody,
        response: { 200: shift },
      },
    },
    async (request) =>
      inTenant(request, (tx) =>
        reviewShift(tx, outreachContext(request), request.params.id, { approve: false, comment: request.body.comment }),
      ),
  );
  app.get(
    '/api/shifts/:id/report',
    {
      config: { access: 'shifts.read' },
      schema: {
        tags,
        summary: "The shift's work report, built from its records",
        params: idParams,
        response: { 200: workReport },
      },
    },
    async (request) => inTenant(request, (tx) => shiftWorkReport(tx, outreachContext(request), request.params.id)),
  );
}
