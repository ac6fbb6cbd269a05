// @vitest-environment happy-dom
import {
  type AsyncRouteComponent,
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '#core/roles';
import { sessionKey } from '../api/session';
import type { SessionState } from '../api/types';
import { render, testQueryClient, waitFor } from '../test/render';
import { guarded } from './guarded';

afterEach(() => {
  document.body.innerHTML = '';
});

function sessionFor(roles: Role[]): SessionState {
  return {
    authenticated: true,
    stage: 'full',
    csrfToken: 't',
    idleTimeoutSeconds: 1800,
    user: {
      id: '00000000-0000-7000-8000-000000000001',
      organisationId: '00000000-0000-7000-8000-000000000002',
      organisationName: 'Org',
      email: 'someone@example.org',
      displayName: 'Someone',
      roles,
      disciplines: [],
      locale: 'en',
      twoFactorEnabled: false,
    },
  };
}

async function open(roles: Role[]) {
  const Secret = (() => <h1>Audit screen</h1>) as AsyncRouteComponent<unknown>;
  const root = createRootRoute({ component: Outlet });
  const audit = createRoute({
    getParentRoute: () => root,
    path: '/admin/audit',
    component: guarded('audit.read', Secret),
  });
  const router = createRouter({
    routeTree: root.addChildren([audit]),
    history: createMemoryHistory({ initialEntries: ['/admin/audit'] }),
  });
  const queryClient = testQueryClient();
  queryClient.setQueryData(sessionKey, sessionFor(roles));
  const view = await render(<RouterProvider router={router} />, queryClient);
  await waitFor(() => expect(view.container.querySelector('h1')).not.toBeNull());
  return { heading: view.container.querySelector('h1')?.textContent, path: router.state.location.pathname };
}

describe('guarded screens', () => {
  it('show the no-access page at the same address to roles without the action', async () => {
    expect(await open(['volunteer'])).toEqual({ heading: 'No access', path: '/admin/audit' });
  });

  it('show the screen to roles with the action', async () => {
    expect(await open(['coordinator'])).toEqual({ heading: 'Audit screen', path: '/admin/audit' });
  });
});
