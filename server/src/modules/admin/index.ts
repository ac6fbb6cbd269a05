import type { ZodApp } from '../../platform/http/context';
import { catalogueAndAuditRoutes } from './routes-catalogues';
import { placeRoutes } from './routes-places';
import { userRoutes } from './routes-users';

/** The admin module: organisation, users, places, catalogues, audit. */
export async function adminRoutes(app: ZodApp): Promise<void> {
  await userRoutes(app);
  await placeRoutes(app);
  await catalogueAndAuditRoutes(app);
}
