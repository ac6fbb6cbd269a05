import { createRootRouteWithContext, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { FramedRouteError } from '../../modules/errors/FramedRouteError';
import { NotFoundScreen } from '../../modules/errors/NotFoundScreen';
import { type RouterContext, requireFullSession } from '../guards';
import { Root } from '../Root';

// The root and the two layouts every route group hangs from. The route group
// files import them from here (not from router.tsx, which imports the groups).

/** The root of the tree: the app frame and "not found" for unknown addresses. */
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Root,
  notFoundComponent: NotFoundScreen,
});

// --- the sign-in sequence (no navigation shell) ---
/** The layout of the sign-in sequence and the device unlock. */
export const authLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'auth',
  component: lazyRouteComponent(() => import('../AuthLayout'), 'AuthLayout'),
  errorComponent: FramedRouteError,
});

// --- signed-in screens inside the shell ---
/** The navigation shell of signed-in screens; it requires a full session. */
export const appLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: requireFullSession,
  component: lazyRouteComponent(() => import('../Shell'), 'Shell'),
  errorComponent: FramedRouteError,
});
