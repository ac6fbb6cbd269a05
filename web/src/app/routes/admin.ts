import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { guarded } from '../guarded';
import { actionFor } from '../navigation';
import { validateAuditSearch, validateCataloguesSearch, validateUsersSearch } from '../search';
import { appLayout } from './layouts';

// --- administration: users, teams, sites, areas, catalogues, the organisation, the audit log ---
const usersRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/users',
  validateSearch: validateUsersSearch,
  component: guarded(
    actionFor('/admin/users'),
    lazyRouteComponent(() => import('../../modules/admin/users/UsersScreen'), 'UsersScreen'),
  ),
});
const userRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/users/$userId',
  component: guarded(
    actionFor('/admin/users'),
    lazyRouteComponent(() => import('../../modules/admin/users/UserScreen'), 'UserScreen'),
  ),
});
const teamsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/teams',
  component: guarded(
    actionFor('/admin/teams'),
    lazyRouteComponent(() => import('../../modules/admin/teams/TeamsScreen'), 'TeamsScreen'),
  ),
});
const sitesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/sites',
  component: guarded(
    actionFor('/admin/sites'),
    lazyRouteComponent(() => import('../../modules/admin/sites/SitesScreen'), 'SitesScreen'),
  ),
});
const areasRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/areas',
  component: guarded(
    actionFor('/admin/areas'),
    lazyRouteComponent(() => import('../../modules/admin/areas/AreasScreen'), 'AreasScreen'),
  ),
});
const cataloguesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/catalogues',
  validateSearch: validateCataloguesSearch,
  component: guarded(
    actionFor('/admin/catalogues'),
    lazyRouteComponent(() => import('../../modules/admin/catalogues/CataloguesScreen'), 'CataloguesScreen'),
  ),
});
const organisationRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/organisation',
  component: guarded(
    actionFor('/admin/organisation'),
    lazyRouteComponent(() => import('../../modules/admin/organisation/OrganisationScreen'), 'OrganisationScreen'),
  ),
});
const auditRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/audit',
  validateSearch: validateAuditSearch,
  component: guarded(
    actionFor('/admin/audit'),
    lazyRouteComponent(() => import('../../modules/admin/audit/AuditScreen'), 'AuditScreen'),
  ),
});

/** The administration pages, children of the shell. */
export const adminRoutes = [
  usersRoute,
  userRoute,
  teamsRoute,
  sitesRoute,
  areasRoute,
  cataloguesRoute,
  organisationRoute,
  auditRoute,
] as const;
