import { createRouter } from '@tanstack/react-router';
import { RouteError } from '../modules/errors/RouteError';
import type { RouterContext } from './guards';
import { adminRoutes } from './routes/admin';
import { authRoutes } from './routes/auth';
import { clientRoutes } from './routes/clients';
import { indoorRoutes } from './routes/indoor';
import { appLayout, authLayout, rootRoute } from './routes/layouts';
import { outreachRoutes } from './routes/outreach';
import { partnerRoutes } from './routes/partners';
import { planRoutes } from './routes/plans';
import { referralRoutes } from './routes/referrals';
import { notFoundRoute, shellRoutes } from './routes/shell';
import { syncRoutes } from './routes/sync';

// Code-based routes. The entry holds only the frameworks, the guards and the
// error pages; layouts and screens are chunks the router fetches in parallel
// once it knows where the user is (budget: ≤ 130 KB gzip of entry JS).
// Each area's routes live in routes/; this file only assembles the tree.

export const routeTree = rootRoute.addChildren([
  authLayout.addChildren([...authRoutes]),
  appLayout.addChildren([
    ...shellRoutes,
    ...clientRoutes,
    ...indoorRoutes,
    ...outreachRoutes,
    ...partnerRoutes,
    ...referralRoutes,
    ...planRoutes,
    ...syncRoutes,
    ...adminRoutes,
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
