import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validateReferralsSearch } from '../../modules/referrals/search';
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

/** The referral pages, children of the shell. */
export const referralRoutes = [referralsRoute] as const;
