import { z } from 'zod';
import {
  stockBalance,
  stockMovement,
  stockMovementBody,
  stockMovementPage,
  stockMovementsQuery,
  stockQuery,
  stockThresholdBody,
} from '#core/schemas/stock';
import { actorOf, inTenant, type ZodApp } from '../../platform/http/context';
import { listStockMovements, recordStockMovement, setStockThreshold, stockBalances } from './stock';

const tags = ['outreach: stock'];
const balances = z.object({ items: z.array(stockBalance) });

/** Materials in stock per team or site: balances, received goods, corrections, low-stock levels. */
export async function stockRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/stock',
    {
      config: { access: 'stock.read' },
      schema: { tags, summary: 'Balances at a team or site', querystring: stockQuery, response: { 200: balances } },
    },
    async (request) => inTenant(request, (tx) => stockBalances(tx, request.query)),
  );
  app.get(
    '/api/stock/movements',
    {
      config: { access: 'stock.read' },
      schema: {
        tags,
        summary: 'The movements behind a balance, newest first',
        querystring: stockMovementsQuery,
        response: { 200: stockMovementPage },
      },
    },
    async (request) => inTenant(request, (tx) => listStockMovements(tx, request.query)),
  );
  app.post(
    '/api/stock/movements',
    {
      config: { access: 'stock.manage' },
      schema: {
        tags,
        summary: 'Record materials received or a correction',
        body: stockMovementBody,
        response: { 201: stockMovement },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inTenant(request, (tx) => recordStockMovement(tx, actorOf(request), request.body))),
  );
  app.put(
    '/api/stock/thresholds',
    {
      config: { access: 'stock.manage' },
      schema: { tags, summary: 'Set a low-stock level', body: stockThresholdBody, response: { 200: balances } },
    },
    async (request) => inTenant(request, (tx) => setStockThreshold(tx, actorOf(request), request.body)),
  );
}
