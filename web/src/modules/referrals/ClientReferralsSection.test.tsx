// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { can } from '#core/permissions/index';
import type { Role } from '#core/roles';
import type { NotedReferral, Referral } from '../../api/referrals';
import { sessionKey } from '../../api/session';
import type { CatalogueItem, SessionState } from '../../api/types';
import { jsonResponse, render, testQueryClient, waitFor } from '../../test/render';
import { ClientReferralsSection } from './ClientReferralsSection';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const id = (n: number) => `01960000-0000-7000-8000-0000000007${String(n).padStart(2, '0')}`;
const clientId = id(1);
const reason: CatalogueItem = {
  id: id(20),
  kind: 'referral_reason',
  key: 'medical_care',
  labels: { en: 'Medical care' },
  unit: null,
  active: true,
  sortOrder: 1,
};
const referral: Referral = {
  id: id(2),
  clientId,
  pseudonym: 'Pepa',
  partnerServiceId: id(3),
  serviceName: 'Substitution treatment',
  partnerId: id(4),
  partnerName: 'Clinic',
  reasonId: null,
  referredOn: '2026-11-01',
  expectedBy: '2026-11-15',
  accompanied: true,
  consentGiven: true,
  shared: ['pseudonym'],
  status: 'sent',
  statusOn: null,
  feedback: null,
  overdue: true,
  source: 'client',
  sourceId: null,
};
const noted: NotedReferral = {
  contactId: id(5),
  notedIndex: 1,
  occurredAt: '2026-11-20T10:00:00.000Z',
  reasonId: reason.id,
  partnerName: 'Bulovka',
  note: 'Needs an ID card first',
};

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

/** Serves the person's referrals, the noted lines and the reasons; records the paths asked for. */
function serve(asked: string[]) {
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url, 'http://test').pathname;
    asked.push(path);
    if (path === `/api/clients/${clientId}/referrals`) return jsonResponse(200, { items: [referral] });
    if (path === `/api/clients/${clientId}/noted-referrals`) return jsonResponse(200, { items: [noted] });
    if (path === '/api/catalogues/referral_reason') return jsonResponse(200, { items: [reason] });
    return jsonResponse(200, { items: [], total: 0, page: 1, pageSize: 50 });
  });
}

async function show(roles: Role[]) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(sessionKey, session(roles));
  const view = await render(
    <ClientReferralsSection
      clientId={clientId}
      canCreate={can(roles, 'referrals.create')}
      canManage={can(roles, 'referrals.manage')}
    />,
    queryClient,
  );
  await waitFor(() => expect(view.container.textContent).toContain('Substitution treatment · Clinic'));
  return view.container;
}

const buttons = (root: ParentNode) => [...root.querySelectorAll('button')].map((b) => b.textContent?.trim());
async function press(element: HTMLElement) {
  await act(async () => {
    element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'mouse', button: 0 }));
    element.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerType: 'mouse', button: 0 }));
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
  });
}

describe('the person’s referrals', () => {
  it('shows an outreach worker the referral, overdue, and the lines noted on contact cards to make real', async () => {
    const asked: string[] = [];
    serve(asked);
    const container = await show(['outreach']);
    await waitFor(() => expect(container.textContent).toContain('Needs an ID card first'));
    expect(container.textContent).toContain('Overdue');
    expect(container.textContent).toContain('Shared: Pseudonym');
    expect(container.textContent).toContain('Medical care');
    expect(container.textContent).toContain('Bulovka');
    // Referring, yes; recording the partner's answer, no.
    expect(buttons(container)).toEqual(['Refer', 'Make a referral']);

    const make = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Make a referral');
    await press(make as HTMLElement);
    const dialog = await (async () => {
      await waitFor(() => expect(document.querySelector('[role="dialog"]')).not.toBeNull());
      return document.querySelector('[role="dialog"]') as HTMLElement;
    })();
    // The form starts from what the worker noted: the reason, and the partner's name as typed to search by.
    const search = dialog.querySelector('input[type="search"]') as HTMLInputElement;
    expect(search.value).toBe('Bulovka');
    await waitFor(() => expect(dialog.textContent).toContain('Medical care'));
    // Nothing can be ticked as shared before consent.
    const shared = [...dialog.querySelectorAll('input[type="checkbox"]')].slice(2) as HTMLInputElement[];
    expect(shared).toHaveLength(6);
    expect(shared.every((box) => box.disabled)).toBe(true);
  });

  it('gives a counsellor the moves core allows, and asks reception for no noted lines', async () => {
    const asked: string[] = [];
    serve(asked);
    const counsellor = await show(['counsellor']);
    await waitFor(() => expect(counsellor.textContent).toContain('Needs an ID card first'));
    expect(buttons(counsellor)).toEqual([
      'Accepted',
      'Declined',
      'Completed',
      'Did not show up',
      'Refer',
      'Make a referral',
    ]);
    document.body.innerHTML = '';

    const desk = await show(['reception']);
    expect(buttons(desk)).toEqual([]);
    expect(asked.filter((p) => p.endsWith('/noted-referrals'))).toHaveLength(1);
  });
});
