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

// Sub-screens of the directory, reached from its header (not the navigation): the
// keys partners' systems read the HSDS export with (admins), and the HSDS import
// (those who keep the directory). Static paths win over `$partnerId`.
const directoryKeysRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/partners/keys',
  component: guarded(
    'partners.keys',
    lazyRouteComponent(() => import('../../modules/partners/directory/DirectoryKeysScreen'), 'DirectoryKeysScreen'),
  ),
});
const hsdsImportRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/partners/import',
  component: guarded(
    'partners.manage',
    lazyRouteComponent(() => import('../../modules/partners/directory/HsdsImportScreen'), 'HsdsImportScreen'),
  ),
});

/** The partner directory's pages, children of the shell. */
export const partnerRoutes = [partnersRoute, partnerRoute, directoryKeysRoute, hsdsImportRoute] as const;
