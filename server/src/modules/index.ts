import type { ZodApp } from '../platform/http/context';
import { accountRoutes } from './account/routes';
import { adminRoutes } from './admin/index';
import { clientRoutes } from './clients/index';
import { outreachRoutes } from './outreach/index';

/** Every module's route registration, in one list: adding a module is one line here. */
export const modules: ReadonlyArray<(app: ZodApp) => Promise<void>> = [
  accountRoutes,
  adminRoutes,
  clientRoutes,
  outreachRoutes,
];
