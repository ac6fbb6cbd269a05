import {
  appointmentDetail,
  appointmentList,
  appointmentNotesBody,
  appointmentStatistics,
  appointmentStatisticsQuery,
  appointmentStatusBody,
  appointmentsQuery,
  createAppointmentBody,
  updateAppointmentBody,
} from '#core/schemas/appointments';
import { idParams } from '#core/schemas/common';
import { inTenant, type ZodApp } from '../../platform/http/context';
import { getAppointment, listAppointments, listClientAppointments } from './appointment-read';
import { readAppointmentStatistics } from './appointment-statistics';
import { scheduleAppointment, setAppointmentStatus, updateAppointment, writeAppointmentNotes } from './appointments';
import { counsellingContext } from './context';

const tags = ['counselling: appointments'];

/** Appointments with counsellors: the calendar, scheduling, closing, and the discipline's notes. */
export async function appointmentRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/appointments',
    {
      config: { access: 'appointments.read' },
      schema: {
        tags,
        summary: "The calendar: appointments over some days, a counsellor's or a site's (never notes)",
        querystring: appointmentsQuery,
        response: { 200: appointmentList },
      },
    },
    async (request) => inTenant(request, (tx) => listAppointments(tx, request.query)),
  );
  app.get(
    '/api/appointments/statistics',
    {
      config: { access: 'appointments.read' },
      schema: {
        tags,
        summary: 'Appointments by discipline and status over a period, and the people seen',
        querystring: appointmentStatisticsQuery,
        response: { 200: appointmentStatistics },
      },
    },
    async (request) => inTenant(request, (tx) => readAppointmentStatistics(tx, request.query)),
  );
  app.post(
    '/api/appointments',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary: 'Schedule an appointment with a counsellor of a discipline',
        body: createAppointmentBody,
        response: { 201: appointmentDetail },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inTenant(request, (tx) => scheduleAppointment(tx, counsellingContext(request), request.body))),
  );
  app.get(
    '/api/appointments/:id',
    {
      config: { access: 'appointments.read' },
      schema: {
        tags,
        summary: 'One appointment; its notes only for a counsellor of its discipline',
        params: idParams,
        response: { 200: appointmentDetail },
      },
    },
    async (request) => inTenant(request, (tx) => getAppointment(tx, counsellingContext(request), request.params.id)),
  );
  app.patch(
    '/api/appointments/:id',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary: 'Move a scheduled appointment',
        params: idParams,
        body: updateAppointmentBody,
        response: { 200: appointmentDetail },
      },
    },
    async (request) =>
      inTenant(request, (tx) => updateAppointment(tx, counsellingContext(request), request.params.id, request.body)),
  );
  app.post(
    '/api/appointments/:id/status',
    {
      config: { access: 'appointments.manage' },
      schema: {
        tags,
        summary: 'Close an appointment: done, no-show or cancelled',
        params: idParams,
        body: appointmentStatusBody,
        response: { 200: appointmentDetail },
      },
    },
    async (request) =>
      inTenant(request, (tx) => setAppointmentStatus(tx, counsellingContext(request), request.params.id, request.body)),
  );
  app.put(
    '/api/appointments/:id/notes',
    {
      config: { access: 'appointments.notes' },
      schema: {
        tags,
        summary: "Write the appointment's notes (counsellors of its discipline only)",
        params: idParams,
        body: appointmentNotesBody,
        response: { 200: appointmentDetail },
      },
    },
    async (request) =>
      inTenant(request, (tx) =>
        writeAppointmentNotes(tx, counsellingContext(request), request.params.id, request.body.notes ?? null),
      ),
  );
  app.get(
    '/api/clients/:id/appointments',
    {
      config: { access: 'appointments.read' },
      schema: {
        tags,
        summary: "A person's appointments (never notes)",
        params: idParams,
        response: { 200: appointmentList },
      },
    },
    async (request) =>
      inTenant(request, (tx) => listClientAppointments(tx, counsellingContext(request), request.params.id)),
  );
}
