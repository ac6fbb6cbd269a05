import { idParams } from '#core/schemas/common';
import {
  healthTest,
  healthTestList,
  recordHealthTestBody,
  testStatistics,
  testStatisticsQuery,
  updateHealthTestBody,
} from '#core/schemas/health-tests';
import { inTenant, type ZodApp } from '../../platform/http/context';
import { counsellingContext } from './context';
import { listClientHealthTests, recordHealthTest, updateHealthTest } from './health-tests';
import { testStatisticsFor } from './test-counts';

const tags = ['counselling: health tests'];

/** Health tests: recorded by medical counsellors; counts for everyone who reports on the work. */
export async function healthTestRoutes(app: ZodApp): Promise<void> {
  app.post(
    '/api/health-tests',
    {
      config: { access: 'tests.record' },
      schema: {
        tags,
        summary: 'Record a test with its result and linkage to care (medical counsellors)',
        body: recordHealthTestBody,
        response: { 201: healthTest },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inTenant(request, (tx) => recordHealthTest(tx, counsellingContext(request), request.body))),
  );
  app.patch(
    '/api/health-tests/:id',
    {
      config: { access: 'tests.record' },
      schema: {
        tags,
        summary: 'A result that came in, or the next step of linkage to care',
        params: idParams,
        body: updateHealthTestBody,
        response: { 200: healthTest },
      },
    },
    async (request) =>
      inTenant(request, (tx) => updateHealthTest(tx, counsellingContext(request), request.params.id, request.body)),
  );
  app.get(
    '/api/clients/:id/health-tests',
    {
      config: { access: 'tests.read' },
      schema: {
        tags,
        summary: "A person's tests; results for medical counsellors only",
        params: idParams,
        response: { 200: healthTestList },
      },
    },
    async (request) =>
      inTenant(request, (tx) => listClientHealthTests(tx, counsellingContext(request), request.params.id)),
  );
  app.get(
    '/api/health-tests/statistics',
    {
      config: { access: 'tests.statistics' },
      schema: {
        tags,
        summary: 'Tests done, reactive and linked to care per type over a period (no person, small counts hidden)',
        querystring: testStatisticsQuery,
        response: { 200: testStatistics },
      },
    },
    async (request) => inTenant(request, (tx) => testStatisticsFor(tx, counsellingContext(request), request.query)),
  );
}
