import type { ZodApp } from '../../platform/http/context';
import { registerClientReference } from '../clients/index';
import { appointmentRoutes } from './routes';
import { healthTestRoutes } from './routes-tests';

// Merging two people moves their appointments too.
registerClientReference({ table: 'appointments', column: 'client_id' });
registerClientReference({ table: 'health_tests', column: 'client_id' });

/** The counselling module: appointments with counsellors and their sealed notes, and health tests. */
export async function counsellingRoutes(app: ZodApp): Promise<void> {
  await appointmentRoutes(app);
  await healthTestRoutes(app);
}

// For the demo seed, which records through the same services the API uses.
export { scheduleAppointment, setAppointmentStatus, writeAppointmentNotes } from './appointments';
export { recordHealthTest } from './health-tests';
