import type { ZodApp } from '../platform/http/context';
import type { JobRegistration } from '../platform/jobs/boss';
import { accountRoutes } from './account/routes';
import { adminRoutes } from './admin/index';
import { clientRoutes } from './clients/index';
import { counsellingRoutes } from './counselling/index';
import { dropinRoutes } from './dropin/index';
import { housingRoutes } from './housing/index';
import { outreachRoutes, registerOutreachJobs } from './outreach/index';
import { partnersRoutes } from './partners/index';
import { plansRoutes } from './plans/index';
import { referralsRoutes } from './referrals/index';
import { syncModuleRoutes } from './sync/index';

/** Every module's route registration, in one list: adding a module is one line here. */
export const modules: ReadonlyArray<(app: ZodApp) => Promise<void>> = [
  accountRoutes,
  adminRoutes,
  clientRoutes,
  counsellingRoutes,
  dropinRoutes,
  housingRoutes,
  outreachRoutes,
  partnersRoutes,
  plansRoutes,
  referralsRoutes,
  syncModuleRoutes,
];

/** Every module's background jobs (the job runner starts them with the platform's own). */
export const moduleJobs: readonly JobRegistration[] = [registerOutreachJobs];
