import type { ZodApp } from '../../platform/http/context';
import { registerClientReference } from '../clients/index';
import { visitRoutes } from './routes';

// Merging two people moves their visits too.
registerClientReference({ table: 'visits', column: 'client_id' });

/** The drop-in module: visits at drop-in centres and shelters (check-in, services, check-out, occupancy). */
export async function dropinRoutes(app: ZodApp): Promise<void> {
  await visitRoutes(app);
}

// For the phone's outbox (sync/operations.ts), which applies offline check-ins through the same services.
export { type DropinContext, dropinContext } from './context';
// For the demo seed, which records through the same services the API uses.
export { addVisitServices, checkIn, checkOut } from './visits';
