import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { FramedRouteError } from '../modules/errors/FramedRouteError';
import { NotFoundScreen } from '../modules/errors/NotFoundScreen';
import { RouteError } from '../modules/errors/RouteError';
import { guarded } from './guarded';
import { type RouterContext, requireFullSession, requireStage } from './guards';
import { actionFor } from './navigation';
import { Root } from './Root';
import {
  validateAuditSearch,
  validateCataloguesSearch,
  validateClientsSearch,
  validateConflictsSearch,
  validateContactStepSearch,
  validateCounsellingSearch,
  validateExitReviewSearch,
  validateFollowUpsSearch,
  validateHousingSearch,
  validateIndoorStatisticsSearch,
  validatePeriodSearch,
  validateReceptionSearch,
  validateShiftSearch,
  validateShiftsSearch,
  validateStockSearch,
  validateUsersSearch,
} from './search';
import { validateRedirectSearch } from './stages';

// Code-based routes. The entry holds only the frameworks, the guards and the
// error pages; layouts and screens are chunks the router fetches in parallel
// once it knows where the user is (budget: ≤ 130 KB gzip of entry JS).

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Root,
  notFoundComponent: NotFoundScreen,
});

// --- the sign-in sequence (no navigation shell) ---
const authLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'auth',
  component: lazyRouteComponent(() => import('./AuthLayout'), 'AuthLayout'),
  errorComponent: FramedRouteError,
});

const signInRoute = createRoute({
  getParentRoute: () => authLayout,
  path: '/sign-in',
  validateSearch: validateRedirectSearch,
  beforeLoad: requireStage(null),
  component: lazyRouteComponent(() => import('../modules/auth/SignInScreen'), 'SignInScreen'),
});
const passwordRoute = createRoute({
  getParentRoute: () => authLayout,
  path: '/sign-in/password',
  validateSearch: validateRedirectSearch,
  beforeLoad: requireStage('password_change'),
  component: lazyRouteComponent(() => import('../modules/auth/PasswordChangeScreen'), 'PasswordChangeScreen'),
});
const enrolRoute = createRoute({
  getParentRoute: () => authLayout,
  path: '/sign-in/two-factor/setup',
  validateSearch: validateRedirectSearch,
  beforeLoad: requireStage('two_factor_enrol'),
  component: lazyRouteComponent(() => import('../modules/auth/TwoFactorEnrolScreen'), 'TwoFactorEnrolScreen'),
});
const verifyRoute = createRoute({
  getParentRoute: () => authLayout,
  path: '/sign-in/two-factor',
  validateSearch: validateRedirectSearch,
  beforeLoad: requireStage('two_factor_verify'),
  component: lazyRouteComponent(() => import('../modules/auth/TwoFactorVerifyScreen'), 'TwoFactorVerifyScreen'),
});

// The PIN lock of a field device: works offline, before any session is known.
const unlockRoute = createRoute({
  getParentRoute: () => authLayout,
  path: '/unlock',
  validateSearch: validateRedirectSearch,
  component: lazyRouteComponent(() => import('../modules/field/UnlockScreen'), 'UnlockScreen'),
});

// --- signed-in screens inside the shell ---
const appLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: requireFullSession,
  component: lazyRouteComponent(() => import('./Shell'), 'Shell'),
  errorComponent: FramedRouteError,
});

const homeRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/',
  component: lazyRouteComponent(() => import('../modules/home/HomeScreen'), 'HomeScreen'),
});
const accountRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/account',
  component: lazyRouteComponent(() => import('../modules/account/AccountScreen'), 'AccountScreen'),
});
const accountTwoFactorRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/account/two-factor',
  component: lazyRouteComponent(() => import('../modules/account/AccountTwoFactorScreen'), 'AccountTwoFactorScreen'),
});

const clientsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/clients',
  validateSearch: validateClientsSearch,
  component: guarded(
    actionFor('/clients'),
    lazyRouteComponent(() => import('../modules/clients/ClientsScreen'), 'ClientsScreen'),
  ),
});
// Looking a person up is not reading their record: the page needs clients.read.
const clientRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/clients/$clientId',
  component: guarded(
    'clients.read',
    lazyRouteComponent(() => import('../modules/clients/ClientScreen'), 'ClientScreen'),
  ),
});

// Exit review is a list of people for roles that close programme episodes.
const exitReviewRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/clients/exit-review',
  validateSearch: validateExitReviewSearch,
  component: guarded(
    'enrollments.manage',
    lazyRouteComponent(() => import('../modules/clients/ExitReviewScreen'), 'ExitReviewScreen'),
  ),
});

// --- drop-in: the reception desk and the occupancy of every site ---
const receptionRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/reception',
  validateSearch: validateReceptionSearch,
  component: guarded(
    actionFor('/reception'),
    lazyRouteComponent(() => import('../modules/reception/ReceptionScreen'), 'ReceptionScreen'),
  ),
});
const occupancyRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/reception/occupancy',
  component: guarded(
    actionFor('/reception'),
    lazyRouteComponent(() => import('../modules/reception/OccupancyScreen'), 'OccupancyScreen'),
  ),
});

// --- the indoor work of a period: visits, occupancy, appointments, tests ---
const indoorStatisticsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/indoor/statistics',
  validateSearch: validateIndoorStatisticsSearch,
  component: guarded(
    actionFor('/indoor/statistics'),
    lazyRouteComponent(() => import('../modules/indoor/IndoorStatisticsScreen'), 'IndoorStatisticsScreen'),
  ),
});

// --- counselling: the calendar and one appointment (its notes for the discipline only) ---
const counsellingRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/counselling',
  validateSearch: validateCounsellingSearch,
  component: guarded(
    actionFor('/counselling'),
    lazyRouteComponent(() => import('../modules/counselling/CalendarScreen'), 'CalendarScreen'),
  ),
});
const appointmentRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/counselling/appointments/$appointmentId',
  component: guarded(
    actionFor('/counselling'),
    lazyRouteComponent(() => import('../modules/counselling/AppointmentScreen'), 'AppointmentScreen'),
  ),
});

// --- beds and housing: the board, placements, the waiting list and the occupancy of a site ---
const housingRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/housing',
  validateSearch: validateHousingSearch,
  component: guarded(
    actionFor('/housing'),
    lazyRouteComponent(() => import('../modules/housing/HousingScreen'), 'HousingScreen'),
  ),
});

// --- outreach: shifts, contacts, follow-ups, stock, figures ---
const shiftsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/shifts',
  validateSearch: validateShiftsSearch,
  component: guarded(
    actionFor('/shifts'),
    lazyRouteComponent(() => import('../modules/shifts/ShiftsScreen'), 'ShiftsScreen'),
  ),
});
const shiftRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/shifts/$shiftId',
  validateSearch: validateShiftSearch,
  component: guarded(
    'shifts.read',
    lazyRouteComponent(() => import('../modules/shifts/ShiftScreen'), 'ShiftScreen'),
  ),
});
const workReportRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/shifts/$shiftId/report',
  component: guarded(
    'shifts.read',
    lazyRouteComponent(() => import('../modules/shifts/WorkReportScreen'), 'WorkReportScreen'),
  ),
});
const recordContactRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/shifts/$shiftId/contact',
  validateSearch: validateContactStepSearch,
  component: guarded(
    'contacts.create',
    lazyRouteComponent(() => import('../modules/contacts/RecordContactScreen'), 'RecordContactScreen'),
  ),
});
const followUpsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/follow-ups',
  validateSearch: validateFollowUpsSearch,
  component: guarded(
    actionFor('/follow-ups'),
    lazyRouteComponent(() => import('../modules/contacts/FollowUpsScreen'), 'FollowUpsScreen'),
  ),
});
const stockRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/stock',
  validateSearch: validateStockSearch,
  component: guarded(
    actionFor('/stock'),
    lazyRouteComponent(() => import('../modules/stock/StockScreen'), 'StockScreen'),
  ),
});
const statisticsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/outreach/statistics',
  validateSearch: validatePeriodSearch,
  component: guarded(
    actionFor('/outreach/statistics'),
    lazyRouteComponent(() => import('../modules/outreach/StatisticsScreen'), 'StatisticsScreen'),
  ),
});
const workersRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/outreach/workers',
  validateSearch: validatePeriodSearch,
  component: guarded(
    actionFor('/outreach/workers'),
    lazyRouteComponent(() => import('../modules/outreach/WorkersScreen'), 'WorkersScreen'),
  ),
});

// The coordinators' inbox of conflicting offline edits of people's profiles.
const conflictsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/sync/conflicts',
  validateSearch: validateConflictsSearch,
  component: guarded(
    actionFor('/sync/conflicts'),
    lazyRouteComponent(() => import('../modules/conflicts/ConflictsScreen'), 'ConflictsScreen'),
  ),
});

const usersRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/users',
  validateSearch: validateUsersSearch,
  component: guarded(
    actionFor('/admin/users'),
    lazyRouteComponent(() => import('../modules/admin/users/UsersScreen'), 'UsersScreen'),
  ),
});
const userRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/users/$userId',
  component: guarded(
    actionFor('/admin/users'),
    lazyRouteComponent(() => import('../modules/admin/users/UserScreen'), 'UserScreen'),
  ),
});
const teamsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/teams',
  component: guarded(
    actionFor('/admin/teams'),
    lazyRouteComponent(() => import('../modules/admin/teams/TeamsScreen'), 'TeamsScreen'),
  ),
});
const sitesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/sites',
  component: guarded(
    actionFor('/admin/sites'),
    lazyRouteComponent(() => import('../modules/admin/sites/SitesScreen'), 'SitesScreen'),
  ),
});
const areasRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/areas',
  component: guarded(
    actionFor('/admin/areas'),
    lazyRouteComponent(() => import('../modules/admin/areas/AreasScreen'), 'AreasScreen'),
  ),
});
const cataloguesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/catalogues',
  validateSearch: validateCataloguesSearch,
  component: guarded(
    actionFor('/admin/catalogues'),
    lazyRouteComponent(() => import('../modules/admin/catalogues/CataloguesScreen'), 'CataloguesScreen'),
  ),
});
const organisationRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/organisation',
  component: guarded(
    actionFor('/admin/organisation'),
    lazyRouteComponent(() => import('../modules/admin/organisation/OrganisationScreen'), 'OrganisationScreen'),
  ),
});
const auditRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/audit',
  validateSearch: validateAuditSearch,
  component: guarded(
    actionFor('/admin/audit'),
    lazyRouteComponent(() => import('../modules/admin/audit/AuditScreen'), 'AuditScreen'),
  ),
});
// Unknown addresses of signed-in users show "not found" inside the shell.
const notFoundRoute = createRoute({ getParentRoute: () => appLayout, path: '$', component: NotFoundScreen });

export const routeTree = rootRoute.addChildren([
  authLayout.addChildren([signInRoute, passwordRoute, enrolRoute, verifyRoute, unlockRoute]),
  appLayout.addChildren([
    homeRoute,
    accountRoute,
    accountTwoFactorRoute,
    clientsRoute,
    exitReviewRoute,
    clientRoute,
    receptionRoute,
    occupancyRoute,
    counsellingRoute,
    appointmentRoute,
    indoorStatisticsRoute,
    housingRoute,
    shiftsRoute,
    shiftRoute,
    workReportRoute,
    recordContactRoute,
    followUpsRoute,
    stockRoute,
    statisticsRoute,
    workersRoute,
    conflictsRoute,
    usersRoute,
    userRoute,
    teamsRoute,
    sitesRoute,
    areasRoute,
    cataloguesRoute,
    organisationRoute,
    auditRoute,
    notFoundRoute,
  ]),
]);

/** Builds the router; the QueryClient is in the context so guards can read the session. */
export function createAppRouter(queryClient: RouterContext['queryClient']) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultErrorComponent: RouteError,
    defaultPreload: 'intent',
    // Guards read the cached session; route data itself lives in TanStack Query.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
