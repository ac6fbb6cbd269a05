import type { ZodApp } from '../../platform/http/context';
import { partnerRoutes } from './routes';
import { hsdsRoutes } from './routes-hsds';
import { apiKeyRoutes } from './routes-keys';

/** The partner directory module: partners, places, services, and their HSDS 3.0 export. */
export async function partnersRoutes(app: ZodApp): Promise<void> {
  await partnerRoutes(app);
  await hsdsRoutes(app);
  await apiKeyRoutes(app);
}

// For the demo seed, which fills the directory through the same services the API uses.
export { createLocation } from './locations';
export { createPartner } from './partners';
export { createService } from './services';
