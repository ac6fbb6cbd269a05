import { outreachScope } from '#core/permissions/scopes';
import {
  outreachStatisticsQuery,
  outreachStatisticsResponse,
  workerMonitoringQuery,
  workerMonitoring as workerMonitoringResponse,
} from '#core/schemas/outreach-stats';
import { inTenant, requireAuth, type ZodApp } from '../../platform/http/context';
import { workerMonitoring } from './monitoring';
import { outreachStatistics } from './statistics';
import { statisticsNames } from './statistics-names';

const tags = ['outreach: figures'];

/** Outreach statistics for a period and the coordinator's worker monitoring. */
export async function reportRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/outreach/statistics',
    {
      config: { access: 'outreach.statistics' },
      schema: {
        tags,
        summary: 'Contacts, unique and new people, anonymous head counts and materials for a period',
        querystring: outreachStatisticsQuery,
        response: { 200: outreachStatisticsResponse },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const scope = outreachScope(auth.user.roles);
      // Viewers (boards, funders) hold no outreach scope: they see everything, aggregated and suppressed.
      const ctx = { userId: auth.user.id, scope: scope ?? 'all', suppress: scope === null };
      return inTenant(request, async (tx) => {
        const stats = await outreachStatistics(tx, auth.organisation.id, ctx, request.query);
        return { ...stats, names: await statisticsNames(tx, stats) };
      });
    },
  );
  app.get(
    '/api/outreach/workers',
    {
      config: { access: 'workers.monitor' },
      schema: {
        tags,
        summary: "Each worker's shifts, hours, contacts, new people, overdue follow-ups and reports waiting",
        querystring: workerMonitoringQuery,
        response: { 200: workerMonitoringResponse },
      },
    },
    async (request) =>
      inTenant(request, (tx) => workerMonitoring(tx, requireAuth(request).organisation.id, request.query)),
  );
}
