import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validatePartnersSearch } from '../../modules/partners/search';
import { guarded } from '../guarded';
import { actionFor } from '../navigation';
import { appLayout } from './layouts';

// --- the partner directory: the list of partners, one partner's page ---
const partnersRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/partners',
  validateSearch: validatePartnersSearch,
  component: guarded(
    actionFor('/partners'),
    lazyRouteComponent(() => import('../../modules/partners/PartnersScreen'), 'PartnersScreen'),
  ),
});
const partnerRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/partners/$partnerId',
  component: guarded(
    actionFor('/partners'),
    lazyRouteComponent(() => import('../../modules/partners/PartnerScreen'), 'PartnerScreen'),
  ),
});

/** The partner directory's pages, children of the shell. */
export const partnerRoutes = [partnersRoute, partnerRoute] as const;
