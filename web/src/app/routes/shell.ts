import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { NotFoundScreen } from '../../modules/errors/NotFoundScreen';
import { appLayout } from './layouts';

// --- the shell's own pages: home and the signed-in person's account ---
const homeRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/',
  component: lazyRouteComponent(() => import('../../modules/home/HomeScreen'), 'HomeScreen'),
});
const accountRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/account',
  component: lazyRouteComponent(() => import('../../modules/account/AccountScreen'), 'AccountScreen'),
});
const accountTwoFactorRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/account/two-factor',
  component: lazyRouteComponent(() => import('../../modules/account/AccountTwoFactorScreen'), 'AccountTwoFactorScreen'),
});

/** Home and the account pages, which every signed-in person may open. */
export const shellRoutes = [homeRoute, accountRoute, accountTwoFactorRoute] as const;

// Unknown addresses of signed-in users show "not found" inside the shell.
/** The catch-all of the shell; router.tsx lists it last. */
export const notFoundRoute = createRoute({ getParentRoute: () => appLayout, path: '$', component: NotFoundScreen });
