import type { ZodApp } from '../../platform/http/context';
import { syncRoutes } from './routes';

/** Offline field work: devices and the delivery of their outboxes. */
export async function syncModuleRoutes(app: ZodApp): Promise<void> {
  await syncRoutes(app);
}
