// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '#core/roles';
import type { Plan } from '../../api/plans';
import { sessionKey } from '../../api/session';
import type { SessionState } from '../../api/types';
import { jsonResponse, render, testQueryClient, waitFor } from '../../test/render';
import { ClientPlanSection } from './ClientPlanSection';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const id = (n: number) => `01960000-0000-7000-8000-0000000008${String(n).padStart(2, '0')}`;
const clientId = id(1);
const plan = (status: Plan['status']): Plan => ({
  id: id(2),
  clientId,
  pseudonym: 'Kuba',
  agreedOn: '2026-11-01',
  agreedHow: 'in_field',
  status,
  closedOn: status === 'closed' ? '2026-11-30' : null,
  goals: [
    {
      id: id(3),
      domain: 'documents',
      description: 'A new ID card',
      targetOn: null,
      status: 'open',
      statusOn: null,
      overdue: false,
      steps: [],
    },
  ],
  reviews: [],
  history: [{ at: '2026-11-01T10:00:00.000Z', what: 'plan_agreed', by: 'Ola', details: { agreedOn: '2026-11-01' } }],
});

function session(roles: Role[]): SessionState {
  return {
    authenticated: true,
    stage: 'full',
    csrfToken: 't',
    idleTimeoutSeconds: 1800,
    user: {
      id: id(9),
      organisationId: id(8),
      organisationName: 'Org',
      email: 'worker@example.org',
      displayName: 'Worker',
      roles,
      disciplines: [],
      locale: 'en',
      twoFactorEnabled: false,
    },
  };
}

async function show(items: Plan[], canWork: boolean) {
  vi.stubGlobal('fetch', async () => jsonResponse(200, { items }));
  const queryClient = testQueryClient();
  queryClient.setQueryData(sessionKey, session(canWork ? ['outreach'] : ['reception']));
  const view = await render(<ClientPlanSection clientId={clientId} canWork={canWork} />, queryClient);
  await waitFor(() => expect(view.container.textContent).not.toContain('Loading'));
  return view.container;
}

const buttons = (root: ParentNode) => [...root.querySelectorAll('button')].map((b) => b.textContent?.trim());

describe('the person’s support plan', () => {
  it('gives those who work on plans the goal’s moves and the plan’s work, with the history folded away', async () => {
    const container = await show([plan('active')], true);
    expect(container.textContent).toContain('Documents: A new ID card');
    expect(buttons(container)).toEqual([
      'Achieved',
      'Drop',
      'Add a step',
      'Add a goal',
      'Write a review',
      'Close the plan',
    ]);
    expect(container.querySelector('details summary')?.textContent).toContain('History of the plan');
    expect(container.querySelector('details ol')?.textContent).toContain('Ola');
  });

  it('offers to agree a new plan when the last one is closed, and shows that one in summary', async () => {
    const container = await show([plan('closed')], true);
    expect(container.textContent).toContain('No plan in work with this person.');
    expect(container.textContent).toContain('1 earlier plan');
    expect(container.textContent).toContain('0 of 1 goal achieved.');
    expect(buttons(container)).toEqual(['Agree a plan']);
  });

  it('shows the plan to a role that does not work on plans, without a form', async () => {
    const container = await show([plan('active')], false);
    expect(container.textContent).toContain('Documents: A new ID card');
    expect(buttons(container)).toEqual([]);
    expect(container.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
  });
});
