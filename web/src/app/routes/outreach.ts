import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { guarded } from '../guarded';
import { actionFor } from '../navigation';
import {
  validateContactStepSearch,
  validateFollowUpsSearch,
  validatePeriodSearch,
  validateShiftSearch,
  validateShiftsSearch,
  validateStockSearch,
} from '../search';
import { appLayout } from './layouts';

// --- outreach: shifts, contacts, follow-ups, stock, figures ---
const shiftsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/shifts',
  validateSearch: validateShiftsSearch,
  component: guarded(
    actionFor('/shifts'),
    lazyRouteComponent(() => import('../../modules/shifts/ShiftsScreen'), 'ShiftsScreen'),
  ),
});
const shiftRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/shifts/$shiftId',
  validateSearch: validateShiftSearch,
  component: guarded(
    'shifts.read',
    lazyRouteComponent(() => import('../../modules/shifts/ShiftScreen'), 'ShiftScreen'),
  ),
});
const workReportRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/shifts/$shiftId/report',
  component: guarded(
    'shifts.read',
    lazyRouteComponent(() => import('../../modules/shifts/WorkReportScreen'), 'WorkReportScreen'),
  ),
});
const recordContactRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/shifts/$shiftId/contact',
  validateSearch: validateContactStepSearch,
  component: guarded(
    'contacts.create',
    lazyRouteComponent(() => import('../../modules/contacts/RecordContactScreen'), 'RecordContactScreen'),
  ),
});
const followUpsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/follow-ups',
  validateSearch: validateFollowUpsSearch,
  component: guarded(
    actionFor('/follow-ups'),
    lazyRouteComponent(() => import('../../modules/contacts/FollowUpsScreen'), 'FollowUpsScreen'),
  ),
});
const stockRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/stock',
  validateSearch: validateStockSearch,
  component: guarded(
    actionFor('/stock'),
    lazyRouteComponent(() => import('../../modules/stock/StockScreen'), 'StockScreen'),
  ),
});
const statisticsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/outreach/statistics',
  validateSearch: validatePeriodSearch,
  component: guarded(
    actionFor('/outreach/statistics'),
    lazyRouteComponent(() => import('../../modules/outreach/StatisticsScreen'), 'StatisticsScreen'),
  ),
});
const workersRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/outreach/workers',
  validateSearch: validatePeriodSearch,
  component: guarded(
    actionFor('/outreach/workers'),
    lazyRouteComponent(() => import('../../modules/outreach/WorkersScreen'), 'WorkersScreen'),
  ),
});

/** The outreach pages, children of the shell. */
export const outreachRoutes = [
  shiftsRoute,
  shiftRoute,
  workReportRoute,
  recordContactRoute,
  followUpsRoute,
  stockRoute,
  statisticsRoute,
  workersRoute,
] as const;
