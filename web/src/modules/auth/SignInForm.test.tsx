// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inputByLabel, jsonResponse, render, typeInto, waitFor } from '../../test/render';
import { SignInForm } from './SignInForm';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function submit(container: HTMLElement) {
  const form = container.querySelector('form');
  if (!form) throw new Error('no form');
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('SignInForm', () => {
  it('shows the API field errors next to their fields, and the form-level message', async () => {
    const fetchMock = vi.fn(async () =>
      jsonResponse(400, {
        error: {
          code: 'validation_failed',
          message: 'Some fields need attention.',
          fields: { email: 'Enter a valid email address.' },
        },
      }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const { container } = await render(<SignInForm onSignedIn={() => {}} />);
    await typeInto(inputByLabel(container, 'Email'), 'someone@example.org');
    await typeInto(inputByLabel(container, 'Password'), 'a long enough password');
    await submit(container);

    await waitFor(() => expect(container.textContent).toContain('Enter a valid email address.'));
    const email = inputByLabel(container, 'Email');
    // The message is tied to the input for screen readers, not just printed nearby.
    const describedBy = email.getAttribute('aria-describedby') ?? '';
    const described = describedBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).toContain('Enter a valid email address.');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('Some fields need attention.');

    // While the user corrects the field its message steps aside (no layout jump on
    // the next click); submitting again brings the server's answer back.
    await typeInto(email, 'someone@example.net');
    expect(container.textContent).not.toContain('Enter a valid email address.');
    await submit(container);
    await waitFor(() => expect(container.textContent).toContain('Enter a valid email address.'));

    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/sign-in');
    expect(JSON.parse(String(init.body))).toEqual({ email: 'someone@example.org', password: 'a long enough password' });
  });

  it('shows one generic message for wrong credentials and clears the password', async () => {
    vi.stubGlobal('fetch', async () =>
      jsonResponse(401, { error: { code: 'invalid_credentials', message: 'The email or password is wrong.' } }),
    );
    const onSignedIn = vi.fn();
    const { container } = await render(<SignInForm onSignedIn={onSignedIn} />);
    await typeInto(inputByLabel(container, 'Email'), 'nobody@example.org');
    await typeInto(inputByLabel(container, 'Password'), 'whatever password');
    await submit(container);

    await waitFor(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toBe('The email or password is wrong.'),
    );
    expect(inputByLabel(container, 'Password').value).toBe('');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('hands the new session to the caller on success', async () => {
    const state = { authenticated: true, stage: 'full', user: null, csrfToken: 't1', idleTimeoutSeconds: 1800 };
    vi.stubGlobal('fetch', async () => jsonResponse(200, state));
    const onSignedIn = vi.fn();
    const { container } = await render(<SignInForm onSignedIn={onSignedIn} />);
    await typeInto(inputByLabel(container, 'Email'), 'admin@demo.kontakt.test');
    await typeInto(inputByLabel(container, 'Password'), 'correct horse battery');
    await submit(container);
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(state));
  });
});
