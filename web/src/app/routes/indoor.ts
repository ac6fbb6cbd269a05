import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { guarded } from '../guarded';
import { actionFor } from '../navigation';
import {
  validateCounsellingSearch,
  validateHousingSearch,
  validateIndoorStatisticsSearch,
  validateReceptionSearch,
} from '../search';
import { appLayout } from './layouts';

// --- drop-in: the reception desk and the occupancy of every site ---
const receptionRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/reception',
  validateSearch: validateReceptionSearch,
  component: guarded(
    actionFor('/reception'),
    lazyRouteComponent(() => import('../../modules/reception/ReceptionScreen'), 'ReceptionScreen'),
  ),
});
const occupancyRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/reception/occupancy',
  component: guarded(
    actionFor('/reception'),
    lazyRouteComponent(() => import('../../modules/reception/OccupancyScreen'), 'OccupancyScreen'),
  ),
});

// --- the indoor work of a period: visits, occupancy, appointments, tests ---
const indoorStatisticsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/indoor/statistics',
  validateSearch: validateIndoorStatisticsSearch,
  component: guarded(
    actionFor('/indoor/statistics'),
    lazyRouteComponent(() => import('../../modules/indoor/IndoorStatisticsScreen'), 'IndoorStatisticsScreen'),
  ),
});

// --- counselling: the calendar and one appointment (its notes for the discipline only) ---
const counsellingRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/counselling',
  validateSearch: validateCounsellingSearch,
  component: guarded(
    actionFor('/counselling'),
    lazyRouteComponent(() => import('../../modules/counselling/CalendarScreen'), 'CalendarScreen'),
  ),
});
const appointmentRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/counselling/appointments/$appointmentId',
  component: guarded(
    actionFor('/counselling'),
    lazyRouteComponent(() => import('../../modules/counselling/AppointmentScreen'), 'AppointmentScreen'),
  ),
});

// --- beds and housing: the board, placements, the waiting list and the occupancy of a site ---
const housingRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/housing',
  validateSearch: validateHousingSearch,
  component: guarded(
    actionFor('/housing'),
    lazyRouteComponent(() => import('../../modules/housing/HousingScreen'), 'HousingScreen'),
  ),
});

/** The indoor pages (drop-in, counselling, housing and their figures), children of the shell. */
export const indoorRoutes = [
  receptionRoute,
  occupancyRoute,
  counsellingRoute,
  appointmentRoute,
  indoorStatisticsRoute,
  housingRoute,
] as const;
