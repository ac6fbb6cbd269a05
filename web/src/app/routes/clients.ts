import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { guarded } from '../guarded';
import { actionFor } from '../navigation';
import { validateClientsSearch, validateExitReviewSearch } from '../search';
import { appLayout } from './layouts';

// --- clients: looking people up, one person's record, the exit review ---
const clientsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/clients',
  validateSearch: validateClientsSearch,
  component: guarded(
    actionFor('/clients'),
    lazyRouteComponent(() => import('../../modules/clients/ClientsScreen'), 'ClientsScreen'),
  ),
});
// Looking a person up is not reading their record: the page needs clients.read.
const clientRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/clients/$clientId',
  component: guarded(
    'clients.read',
    lazyRouteComponent(() => import('../../modules/clients/ClientScreen'), 'ClientScreen'),
  ),
});

// Exit review is a list of people for roles that close programme episodes.
const exitReviewRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/clients/exit-review',
  validateSearch: validateExitReviewSearch,
  component: guarded(
    'enrollments.manage',
    lazyRouteComponent(() => import('../../modules/clients/ExitReviewScreen'), 'ExitReviewScreen'),
  ),
});

/** The client pages, children of the shell. */
export const clientRoutes = [clientsRoute, exitReviewRoute, clientRoute] as const;
