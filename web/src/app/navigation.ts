import type { Action } from '#core/permissions/index';
import { can } from '#core/permissions/index';
import type { Role } from '#core/roles';

/** A screen reachable from the navigation, and the action a user needs to open it. */
export interface NavItem {
  to: string;
  /** i18n key of the link text (also the screen's title). */
  labelKey: string;
  /** i18n key of a one-line description, for the home screen's cards. */
  descriptionKey: string;
  action: Action;
  section: 'main' | 'admin';
}

/**
 * The screens in the navigation. Admin screens ask for the *manage* action (or,
 * for users and audit, the read action coordinators hold): the read actions of
 * sites, areas and catalogues are granted to field roles so their forms can load
 * the lists, not so that they browse the admin screens.
 */
export const navItems: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', descriptionKey: 'navDescriptions.home', action: 'self.read', section: 'main' },
  {
    to: '/clients',
    labelKey: 'nav.clients',
    descriptionKey: 'navDescriptions.clients',
    action: 'clients.lookup',
    section: 'main',
  },
  {
    to: '/reception',
    labelKey: 'nav.reception',
    descriptionKey: 'navDescriptions.reception',
    action: 'visits.read',
    section: 'main',
  },
  {
    to: '/housing',
    labelKey: 'nav.housing',
    descriptionKey: 'navDescriptions.housing',
    action: 'housing.read',
    section: 'main',
  },
  {
    to: '/counselling',
    labelKey: 'nav.counselling',
    descriptionKey: 'navDescriptions.counselling',
    action: 'appointments.read',
    section: 'main',
  },
  {
    to: '/indoor/statistics',
    labelKey: 'nav.indoorStatistics',
    descriptionKey: 'navDescriptions.indoorStatistics',
    action: 'visits.read',
    section: 'main',
  },
  {
    to: '/shifts',
    labelKey: 'nav.shifts',
    descriptionKey: 'navDescriptions.shifts',
    action: 'shifts.read',
    section: 'main',
  },
  {
    to: '/follow-ups',
    labelKey: 'nav.followUps',
    descriptionKey: 'navDescriptions.followUps',
    action: 'contacts.read',
    section: 'main',
  },
  {
    to: '/partners',
    labelKey: 'nav.partners',
    descriptionKey: 'navDescriptions.partners',
    action: 'partners.read',
    section: 'main',
  },
  {
    to: '/referrals',
    labelKey: 'nav.referrals',
    descriptionKey: 'navDescriptions.referrals',
    action: 'referrals.read',
    section: 'main',
  },
  {
    to: '/referrals/statistics',
    labelKey: 'nav.referralStatistics',
    descriptionKey: 'navDescriptions.referralStatistics',
    action: 'referrals.read',
    section: 'main',
  },
  {
    to: '/plans/due',
    labelKey: 'nav.plansDue',
    descriptionKey: 'navDescriptions.plansDue',
    action: 'plans.read',
    section: 'main',
  },
  {
    to: '/stock',
    labelKey: 'nav.stock',
    descriptionKey: 'navDescriptions.stock',
    action: 'stock.read',
    section: 'main',
  },
  {
    to: '/outreach/statistics',
    labelKey: 'nav.outreachStatistics',
    descriptionKey: 'navDescriptions.outreachStatistics',
    action: 'outreach.statistics',
    section: 'main',
  },
  {
    to: '/outreach/workers',
    labelKey: 'nav.workers',
    descriptionKey: 'navDescriptions.workers',
    action: 'workers.monitor',
    section: 'main',
  },
  {
    to: '/sync/conflicts',
    labelKey: 'nav.conflicts',
    descriptionKey: 'navDescriptions.conflicts',
    action: 'sync.conflicts',
    section: 'main',
  },
  {
    to: '/account',
    labelKey: 'nav.account',
    descriptionKey: 'navDescriptions.account',
    action: 'self.read',
    section: 'main',
  },
  {
    to: '/admin/users',
    labelKey: 'nav.users',
    descriptionKey: 'navDescriptions.users',
    action: 'users.read',
    section: 'admin',
  },
  {
    to: '/admin/teams',
    labelKey: 'nav.teams',
    descriptionKey: 'navDescriptions.teams',
    action: 'teams.manage',
    section: 'admin',
  },
  {
    to: '/admin/sites',
    labelKey: 'nav.sites',
    descriptionKey: 'navDescriptions.sites',
    action: 'sites.manage',
    section: 'admin',
  },
  {
    to: '/admin/areas',
    labelKey: 'nav.areas',
    descriptionKey: 'navDescriptions.areas',
    action: 'areas.manage',
    section: 'admin',
  },
  {
    to: '/admin/catalogues',
    labelKey: 'nav.catalogues',
    descriptionKey: 'navDescriptions.catalogues',
    action: 'catalogues.manage',
    section: 'admin',
  },
  {
    to: '/admin/organisation',
    labelKey: 'nav.organisation',
    descriptionKey: 'navDescriptions.organisation',
    action: 'organisation.manage',
    section: 'admin',
  },
  {
    to: '/admin/audit',
    labelKey: 'nav.audit',
    descriptionKey: 'navDescriptions.audit',
    action: 'audit.read',
    section: 'admin',
  },
];

/** The navigation items the given roles may open. */
export function visibleNavItems(roles: readonly Role[]): NavItem[] {
  return navItems.filter((item) => can(roles, item.action));
}

/** The action a screen path needs (used by the route guards, so nav and routes agree). */
export function actionFor(to: string): Action {
  const item = navItems.find((i) => i.to === to);
  if (!item) throw new Error(`No navigation item for ${to}`);
  return item.action;
}
