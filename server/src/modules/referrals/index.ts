import type { ZodApp } from '../../platform/http/context';
import { registerClientReference } from '../clients/index';
import { referralRoutes } from './routes';

// Merging two people moves their referrals too.
registerClientReference({ table: 'referrals', column: 'client_id' });

/** The referrals module: people referred to partners' services, and what came of it. */
export async function referralsRoutes(app: ZodApp): Promise<void> {
  await referralRoutes(app);
}

// For the phone's outbox (sync/operations.ts), which applies offline referrals through the same service.
export { referralContext } from './context';
export { createReferral, moveReferral } from './referrals';
