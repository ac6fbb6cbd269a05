import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fieldFirst, localSession } from '../offline/local';
import { api } from './client';
import type {
  ChangePasswordBody,
  Me,
  Ok,
  RecoveryCodes,
  SessionState,
  SignInBody,
  TwoFactorSetup,
  UpdateMeBody,
} from './types';

export const sessionKey = ['session'] as const;

/** The state of the current browser session (signed in? which stage? who?). */
export const sessionQuery = queryOptions({
  queryKey: sessionKey,
  // Offline, a field device that is unlocked knows who is signed in from its store.
  queryFn: fieldFirst((signal) => api.get<SessionState>('/api/auth/session', undefined, signal), localSession),
  staleTime: 60_000,
});

/** What the app assumes after sign-out or a lost session, before asking the server again. */
export const signedOut: SessionState = {
  authenticated: false,
  stage: null,
  user: null,
  csrfToken: '',
  idleTimeoutSeconds: 0,
};

export function useSession() {
  return useQuery(sessionQuery);
}

// The last signed-in user, for the one render between "session cleared" (sign-out,
// expiry) and the router leaving the signed-in screens: components that are about
// to unmount must not crash on a missing user.
let lastUser: Me | null = null;

/** The signed-in user; only call below the signed-in layout, where it always exists. */
export function useMe(): Me {
  const { data } = useSession();
  if (data?.user) lastUser = data.user;
  if (!lastUser) throw new Error('useMe() outside a signed-in screen');
  return data?.user ?? lastUser;
}

/** Forgets the last user (the sign-in screen calls it: nothing below it needs them). */
export function forgetLastUser(): void {
  lastUser = null;
}

/** Forgets everything cached for the previous user and marks the session as signed out. */
export function dropSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  queryClient.setQueryData(sessionKey, signedOut);
  // The server ended the old session; fetch the new anonymous one now so the
  // sign-in form has a fresh CSRF token before the user types. Not through the
  // query: the signed-in screens unmounting would cancel that fetch.
  void api.get<SessionState>('/api/auth/session').then(
    (state) => queryClient.setQueryData(sessionKey, state),
    () => undefined,
  );
}

function useSessionMutation<TBody>(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => api.post<SessionState>(path, body),
    onSuccess: (state) => queryClient.setQueryData(sessionKey, state),
  });
}

export const useSignIn = () => useSessionMutation<SignInBody>('/api/auth/sign-in');
export const useChangePassword = () => useSessionMutation<ChangePasswordBody>('/api/auth/password');
export const useTwoFactorVerify = () =>
  useSessionMutation<{ code: string } | { recoveryCode: string }>('/api/auth/two-factor/verify');

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Ok>('/api/auth/sign-out'),
    // Even if the request fails (offline, already expired) the screen must not keep
    // showing the previous user's data.
    onSettled: () => dropSession(queryClient),
  });
}

export function useTwoFactorSetup() {
  return useMutation({ mutationFn: () => api.post<TwoFactorSetup>('/api/auth/two-factor/setup') });
}

/**
 * Turns two-factor on. The session is refreshed only when the user confirms they
 * saved the recovery codes, so the codes stay on screen until then.
 */
export function useTwoFactorEnable() {
  return useMutation({
    mutationFn: (code: string) => api.post<RecoveryCodes>('/api/auth/two-factor/enable', { code }),
  });
}

export function useTwoFactorDisable() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.post<Ok>('/api/auth/two-factor/disable', { password }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}

export function useRegenerateRecoveryCodes() {
  return useMutation({
    mutationFn: (password: string) => api.post<RecoveryCodes>('/api/auth/two-factor/recovery-codes', { password }),
  });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeBody) => api.patch<Me>('/api/me', body),
    onSuccess: (user) =>
      queryClient.setQueryData<SessionState>(sessionKey, (state) => (state ? { ...state, user } : state)),
  });
}
