import { z } from 'zod';
import { idParams, page } from '#core/schemas/common';
import { enrollment, exitReviewItem, exitReviewQuery, updateEnrollmentBody } from '#core/schemas/enrollments';
import { actorOf, inTenant, requireAuth, type ZodApp } from '../../platform/http/context';
import { exitReview, listEnrollments, updateEnrollment } from './enrollments';

const tags = ['clients'];

/** A client's programme episodes and the exit-review list. */
export async function enrollmentRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/clients/:id/enrollments',
    {
      config: { access: 'enrollments.read' },
      schema: {
        tags,
        summary: "A client's programme episodes",
        params: idParams,
        response: { 200: z.object({ items: z.array(enrollment) }) },
      },
    },
    async (request) => inTenant(request, (tx) => listEnrollments(tx, actorOf(request), request.params.id)),
  );
  app.patch(
    '/api/enrollments/:id',
    {
      config: { access: 'enrollments.manage' },
      schema: {
        tags,
        summary: 'Set the engagement date or record the exit',
        params: idParams,
        body: updateEnrollmentBody,
        response: { 200: enrollment },
      },
    },
    async (request) =>
      inTenant(request, (tx) => updateEnrollment(tx, actorOf(request), request.params.id, request.body)),
  );
  app.get(
    '/api/enrollments/exit-review',
    {
      config: { access: 'enrollments.manage' },
      schema: {
        tags,
        summary: 'Open episodes with no activity for a while, for exit review',
        querystring: exitReviewQuery,
        response: { 200: page(exitReviewItem) },
      },
    },
    async (request) => inTenant(request, (tx) => exitReview(tx, requireAuth(request).organisation.id, request.query)),
  );
}
