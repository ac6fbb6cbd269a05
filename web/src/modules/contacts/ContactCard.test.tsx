// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '#core/roles';
import type { Contact } from '../../api/contacts';
import { sessionKey } from '../../api/session';
import type { CatalogueItem, SessionState } from '../../api/types';
import { jsonResponse, render, testQueryClient, waitFor } from '../../test/render';
import { ContactCard } from './ContactCard';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const id = (n: number) => `01960000-0000-7000-8000-0000000006${String(n).padStart(2, '0')}`;
const item = (n: number, kind: CatalogueItem['kind'], en: string): CatalogueItem => ({
  id: id(n),
  kind,
  key: en.toLowerCase(),
  labels: { en },
  unit: kind === 'material' ? 'piece' : null,
  active: true,
  sortOrder: n,
});
const catalogues: Record<string, CatalogueItem[]> = {
  material: [item(10, 'material', 'Syringe')],
  referral_reason: [item(20, 'referral_reason', 'Medical care')],
  topic: [item(30, 'topic', 'Hepatitis'), item(31, 'topic', 'Safer use')],
  target_group: [],
  service: [],
};

const card: Contact = {
  id: id(1),
  kind: 'repeat',
  clientId: id(2),
  shiftId: id(3),
  occurredAt: '2026-06-01T08:30:00.000Z',
  channel: 'street',
  teamId: null,
  areaId: null,
  spotId: null,
  workerId: null,
  durationMinutes: null,
  topicIds: [id(30)],
  services: [],
  materials: [{ materialId: id(10), quantity: 10, returned: 8, secondaryFor: 2 }],
  referrals: [
    { reasonId: id(20), partnerName: 'Bulovka', note: null },
    { reasonId: null, partnerName: null, note: 'ID card' },
  ],
  followUp: { what: 'Go to the HCV test', dueOn: '2026-06-10', doneAt: '2026-06-05T10:00:00.000Z' },
  notes: null,
  initialSituation: null,
  changes: null,
  headCount: null,
  breakdown: null,
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

/** Serves the card and the lists that name its ids; records every PATCH sent. */
function serve(patches: unknown[], shiftStatus = 'open') {
  let current = card;
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const path = new URL(url, 'http://test').pathname;
    if (init?.method === 'PATCH') {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      patches.push(body);
      current = {
        ...current,
        ...(body.durationMinutes !== undefined ? { durationMinutes: body.durationMinutes as number | null } : {}),
        ...(body.notes !== undefined ? { notes: body.notes as string | null } : {}),
        ...(body.followUpDone !== undefined && current.followUp
          ? { followUp: { ...current.followUp, doneAt: body.followUpDone ? '2026-06-06T10:00:00.000Z' : null } }
          : {}),
      };
      return jsonResponse(200, current);
    }
    if (path === `/api/contacts/${card.id}`) return jsonResponse(200, current);
    if (path === `/api/shifts/${card.shiftId}`) return jsonResponse(200, { id: card.shiftId, status: shiftStatus });
    const kind = /^\/api\/catalogues\/(\w+)$/.exec(path)?.[1];
    if (kind) return jsonResponse(200, { items: catalogues[kind] ?? [] });
    return jsonResponse(200, { items: [] });
  });
}

async function open(roles: Role[], editable: boolean | undefined) {
  const queryClient = testQueryClient();
  queryClient.setQueryData(sessionKey, session(roles));
  const view = await render(
    <ContactCard contactId={card.id} pseudonym="Pepa" editable={editable} onClose={() => {}} />,
    queryClient,
  );
  await waitFor(() => expect(view.container.querySelector('.card-facts')?.textContent).toContain('Syringe'));
  return view.container;
}

const buttonNamed = (container: HTMLElement, name: string) => {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
async function press(element: HTMLElement) {
  await act(async () => {
    element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'mouse', button: 0 }));
    element.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerType: 'mouse', button: 0 }));
    element.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
  });
}

describe('ContactCard', () => {
  it('reads out what was handed out, brought back and passed on, each referral and the follow-up', async () => {
    serve([]);
    const container = await open(['outreach'], true);
    const facts = container.querySelector('.card-facts')?.textContent ?? '';
    expect(facts).toContain('Syringe × 10 · returned: 8 · for others: 2');
    expect(facts).toContain('Medical care · Bulovka');
    expect(facts).toContain('ID card');
    expect(facts).toContain('Hepatitis');
    expect(facts).toContain('Go to the HCV test');
    expect(container.querySelector('.badge')?.textContent).toMatch(/^Done /);
  });

  it('sends only the corrected fields, so the follow-up ticked off stays done', async () => {
    const patches: unknown[] = [];
    serve(patches);
    const container = await open(['outreach'], true);
    await press(buttonNamed(container, 'Correct the card'));
    const notes = container.querySelector('textarea[name="notes"]') as HTMLTextAreaElement;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(notes, 'Wants the test.');
      notes.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await press(buttonNamed(container, 'Save the corrections'));
    await waitFor(() => expect(patches).toEqual([{ notes: 'Wants the test.' }]));
    await waitFor(() => expect(container.querySelector('.card-facts')?.textContent).toContain('Wants the test.'));
    expect(container.textContent).toContain('Saved.');
  });

  it('offers no correction once the shift is submitted, but the follow-up can still be opened again', async () => {
    const patches: unknown[] = [];
    serve(patches);
    const container = await open(['outreach'], false);
    expect(container.textContent).not.toContain('Correct the card');
    expect(container.textContent).toContain('can no longer be corrected');
    await press(buttonNamed(container, 'Open the follow-up again'));
    await waitFor(() => expect(patches).toEqual([{ followUpDone: false }]));
    await waitFor(() => expect(buttonNamed(container, 'Mark the follow-up done')).toBeTruthy());
  });

  it('asks for the shift when the list does not know it (the follow-ups): correctable only while it is open', async () => {
    serve([], 'open');
    let container = await open(['outreach'], undefined);
    await waitFor(() => expect(buttonNamed(container, 'Correct the card')).toBeTruthy());
    document.body.innerHTML = '';
    serve([], 'approved');
    container = await open(['outreach'], undefined);
    await waitFor(() => expect(container.textContent).toContain('can no longer be corrected'));
    expect(container.textContent).not.toContain('Correct the card');
  });

  it('refers the person from their card for those who refer, the form naming the card', async () => {
    serve([]);
    const container = await open(['outreach'], true);
    await press(buttonNamed(container, 'Refer'));
    await waitFor(() => expect(buttonNamed(container, 'Save the referral')).toBeTruthy());
    expect(container.querySelector('.card-facts')).toBeNull();
    const peer = await open(['peer'], true);
    expect([...peer.querySelectorAll('button')].map((b) => b.textContent?.trim())).not.toContain('Refer');
  });

  it('shows a counsellor (who reads cards but does not correct them) nothing to change', async () => {
    serve([]);
    const container = await open(['counsellor'], true);
    expect(container.textContent).not.toContain('Correct the card');
    expect(container.textContent).not.toContain('Open the follow-up again');
  });
});
