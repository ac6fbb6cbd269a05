// @vitest-environment happy-dom
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '#core/roles';
import { render, waitFor } from '../test/render';
import { NavList } from './NavList';
import { visibleNavItems } from './navigation';

afterEach(() => {
  document.body.innerHTML = '';
});

async function renderNav(roles: Role[], path = '/') {
  const rootRoute = createRootRoute({ component: () => <NavList roles={roles} /> });
  const router = createRouter({ routeTree: rootRoute, history: createMemoryHistory({ initialEntries: [path] }) });
  const view = await render(<RouterProvider router={router} />);
  await waitFor(() => expect(view.container.querySelector('a')).not.toBeNull());
  return [...view.container.querySelectorAll('a')].map((a) => ({
    href: a.getAttribute('href'),
    text: a.textContent,
    current: a.getAttribute('aria-current'),
  }));
}

describe('role-based navigation', () => {
  it('shows a volunteer no administration links, even those whose lists they may read', async () => {
    const links = await renderNav(['volunteer']);
    expect(links.map((l) => l.href)).toEqual([
      '/',
      '/clients',
      '/reception',
      '/indoor/statistics',
      '/shifts',
      '/follow-ups',
      '/partners',
      '/account',
    ]);
    expect(links.some((l) => l.href?.startsWith('/admin'))).toBe(false);
  });

  it('shows an admin every administration screen', async () => {
    const links = await renderNav(['admin'], '/admin/users');
    expect(links.map((l) => l.href)).toEqual([
      '/',
      '/clients',
      '/reception',
      '/housing',
      '/counselling',
      '/indoor/statistics',
      '/shifts',
      '/follow-ups',
      '/partners',
      '/referrals',
      '/referrals/statistics',
      '/plans/due',
      '/stock',
      '/outreach/statistics',
      '/outreach/workers',
      '/sync/conflicts',
      '/account',
      '/admin/users',
      '/admin/teams',
      '/admin/sites',
      '/admin/areas',
      '/admin/catalogues',
      '/admin/organisation',
      '/admin/audit',
    ]);
    expect(links.find((l) => l.href === '/admin/users')?.current).toBe('page');
    expect(links.find((l) => l.href === '/')?.current).toBeNull();
    expect(links.find((l) => l.href === '/admin/users')?.text).toBe('Users');
  });

  it('gives a coordinator users, teams, areas and audit but not sites, catalogues or settings', () => {
    const paths = visibleNavItems(['coordinator']).map((i) => i.to);
    expect(paths).toEqual([
      '/',
      '/clients',
      '/reception',
      '/housing',
      '/counselling',
      '/indoor/statistics',
      '/shifts',
      '/follow-ups',
      '/partners',
      '/referrals',
      '/referrals/statistics',
      '/plans/due',
      '/stock',
      '/outreach/statistics',
      '/outreach/workers',
      '/sync/conflicts',
      '/account',
      '/admin/users',
      '/admin/teams',
      '/admin/areas',
      '/admin/audit',
    ]);
  });

  it('gives field roles their outreach screens and a viewer the statistics and the partner directory', () => {
    expect(visibleNavItems(['peer']).map((i) => i.to)).toEqual([
      '/',
      '/clients',
      '/shifts',
      '/follow-ups',
      '/partners',
      '/account',
    ]);
    expect(visibleNavItems(['outreach']).map((i) => i.to)).toEqual([
      '/',
      '/clients',
      '/reception',
      '/housing',
      '/counselling',
      '/indoor/statistics',
      '/shifts',
      '/follow-ups',
      '/partners',
      '/referrals',
      '/referrals/statistics',
      '/plans/due',
      '/stock',
      '/outreach/statistics',
      '/account',
    ]);
    expect(visibleNavItems(['viewer']).map((i) => i.to)).toEqual([
      '/',
      '/partners',
      '/outreach/statistics',
      '/account',
    ]);
  });

  it('gives the reception desk its people look-up, the desk, the beds, the counselling calendar, the partner directory and referrals', () => {
    expect(visibleNavItems(['reception']).map((i) => i.to)).toEqual([
      '/',
      '/clients',
      '/reception',
      '/housing',
      '/counselling',
      '/indoor/statistics',
      '/partners',
      '/referrals',
      '/referrals/statistics',
      '/plans/due',
      '/account',
    ]);
  });

  it('unions the screens of several roles', () => {
    const paths = visibleNavItems(['volunteer', 'coordinator']).map((i) => i.to);
    expect(paths).toContain('/admin/audit');
    expect(paths).not.toContain('/admin/organisation');
  });
});
