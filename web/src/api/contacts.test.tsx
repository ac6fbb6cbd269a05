// @vitest-environment happy-dom
import { onlineManager } from '@tanstack/react-query';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, render, waitFor } from '../test/render';
import { type CreateContactBody, useCreateContact } from './contacts';

afterEach(() => {
  onlineManager.setOnline(true);
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const body: CreateContactBody & { id: string } = {
  id: '01960000-0000-7000-8000-0000000000aa',
  kind: 'anonymous',
  shiftId: '01960000-0000-7000-8000-0000000000bb',
  headCount: 2,
};

function Save({ onState }: { onState: (state: string) => void }) {
  const create = useCreateContact();
  const { mutate } = create;
  useEffect(() => {
    mutate(body);
  }, [mutate]);
  useEffect(() => {
    onState(create.status);
  }, [create.status, onState]);
  return null;
}

describe('useCreateContact', () => {
  it('sends the same client-made id again after a dropped connection, so the server records it once', async () => {
    const sent: unknown[] = [];
    let calls = 0;
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      // The second delivery of a recorded id answers 200 with the record.
      return jsonResponse(200, { ...body, kind: 'anonymous' });
    });
    // Even while the app believes it is offline the save is tried, not parked.
    onlineManager.setOnline(false);
    let state = '';
    await render(<Save onState={(s) => (state = s)} />);
    await waitFor(() => expect(state).toBe('success'), 5000);
    expect(sent).toHaveLength(2);
    expect(sent.map((b) => (b as { id: string }).id)).toEqual([body.id, body.id]);
  });
});
