import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { guarded } from '../guarded';
import { actionFor } from '../navigation';
import { validateConflictsSearch } from '../search';
import { appLayout } from './layouts';

// The coordinators' inbox of conflicting offline edits of people's profiles.
const conflictsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/sync/conflicts',
  validateSearch: validateConflictsSearch,
  component: guarded(
    actionFor('/sync/conflicts'),
    lazyRouteComponent(() => import('../../modules/conflicts/ConflictsScreen'), 'ConflictsScreen'),
  ),
});

/** The sync pages, children of the shell. */
export const syncRoutes = [conflictsRoute] as const;
