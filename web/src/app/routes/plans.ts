import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validatePlansDueSearch } from '../../modules/plans/search';
import { guarded } from '../guarded';
import { actionFor } from '../navigation';
import { appLayout } from './layouts';

// --- support plans: what is due across people (a person's plan is on their page) ---
const plansDueRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/plans/due',
  validateSearch: validatePlansDueSearch,
  component: guarded(
    actionFor('/plans/due'),
    lazyRouteComponent(() => import('../../modules/plans/PlansDueScreen'), 'PlansDueScreen'),
  ),
});

/** The plan pages, children of the shell. */
export const planRoutes = [plansDueRoute] as const;
