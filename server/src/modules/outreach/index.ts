import type { ZodApp } from '../../platform/http/context';
import { registerClientReference } from '../clients/index';
import { contactRoutes } from './routes-contacts';
import { printRoutes } from './routes-print';
import { reportRoutes } from './routes-reports';
import { shiftRoutes } from './routes-shifts';
import { stockRoutes } from './routes-stock';

// Merging two people moves their contact cards too.
registerClientReference({ table: 'contacts', column: 'client_id' });

/** The outreach module: shifts, contacts, stock, work reports. */
export async function outreachRoutes(app: ZodApp): Promise<void> {
  await shiftRoutes(app);
  await contactRoutes(app);
  await stockRoutes(app);
  await reportRoutes(app);
  await printRoutes(app);
}

// For the demo seed, which records through the same services the API uses.
export { type CardOutcome, recordContact, recordContacts } from './contacts';
export { type OutreachContext, outreachContext } from './context';
// Statistics rollups: the job (wired by the platform's job runner) and the refresh it runs.
export { type OutreachJobDeps, refreshDueRollups, refreshOutreachRollups, registerOutreachJobs } from './rollup';
export { openShift, reviewShift, submitShift } from './shift-flow';
export { createShift, updateShift } from './shifts';
export { recordStockMovement, setStockThreshold } from './stock';
export { visibleContact, visibleShift } from './visibility';
