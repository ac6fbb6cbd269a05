import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validateReferralsSearch } from '../../modules/referrals/search';
import { validateReferralStatisticsSearch } from '../../modules/referrals/statistics/search';
import { guarded } from '../guarded';
import { actionFor } from '../navigation';
import { appLayout } from './layouts';

// --- referrals: the open ones to follow up (a person's own are on their page) ---
const referralsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/referrals',
  validateSearch: validateReferralsSearch,
  component: guarded(
    actionFor('/referrals'),
    lazyRouteComponent(() => import('../../modules/referrals/ReferralsScreen'), 'ReferralsScreen'),
  ),
});

// --- referrals and support plans of a period in numbers, no person named ---
const referralStatisticsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/referrals/statistics',
  validateSearch: validateReferralStatisticsSearch,
  component: guarded(
    actionFor('/referrals/statistics'),
    lazyRouteComponent(
      () => import('../../modules/referrals/statistics/ReferralStatisticsScreen'),
      'ReferralStatisticsScreen',
    ),
  ),
});

/** The referral pages, children of the shell. */
export const referralRoutes = [referralsRoute, referralStatisticsRoute] as const;
