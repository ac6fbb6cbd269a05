import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireStage } from '../guards';
import { validateRedirectSearch } from '../stages';
import { authLayout } from './layouts';

// --- the sign-in sequence (no navigation shell) ---
const signInRoute = createRoute({
  getParentRoute: () => authLayout,
  path: '/sign-in',
  validateSearch: validateRedirectSearch,
  beforeLoad: requireStage(null),
  component: lazyRouteComponent(() => import('../../modules/auth/SignInScreen'), 'SignInScreen'),
});
const passwordRoute = createRoute({
  getParentRoute: () => authLayout,
  path: '/sign-in/password',
  validateSearch: validateRedirectSearch,
  beforeLoad: requireStage('password_change'),
  component: lazyRouteComponent(() => import('../../modules/auth/PasswordChangeScreen'), 'PasswordChangeScreen'),
});
const enrolRoute = createRoute({
  getParentRoute: () => authLayout,
  path: '/sign-in/two-factor/setup',
  validateSearch: validateRedirectSearch,
  beforeLoad: requireStage('two_factor_enrol'),
  component: lazyRouteComponent(() => import('../../modules/auth/TwoFactorEnrolScreen'), 'TwoFactorEnrolScreen'),
});
const verifyRoute = createRoute({
  getParentRoute: () => authLayout,
  path: '/sign-in/two-factor',
  validateSearch: validateRedirectSearch,
  beforeLoad: requireStage('two_factor_verify'),
  component: lazyRouteComponent(() => import('../../modules/auth/TwoFactorVerifyScreen'), 'TwoFactorVerifyScreen'),
});

// The PIN lock of a field device: works offline, before any session is known.
const unlockRoute = createRoute({
  getParentRoute: () => authLayout,
  path: '/unlock',
  validateSearch: validateRedirectSearch,
  component: lazyRouteComponent(() => import('../../modules/field/UnlockScreen'), 'UnlockScreen'),
});

/** The children of the auth layout: each sign-in stage and the device unlock. */
export const authRoutes = [signInRoute, passwordRoute, enrolRoute, verifyRoute, unlockRoute] as const;
