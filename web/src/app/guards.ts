import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import type { SessionStage } from '#core/schemas/auth';
import { ApiError } from '../api/errors';
import { sessionQuery } from '../api/session';
import type { Me, SessionState } from '../api/types';
import { fieldState } from '../offline/state';
import { stageOf, stagePaths } from './stages';

export interface RouterContext {
  queryClient: QueryClient;
}

function withRedirect(path: string, target: string | undefined): string {
  return target ? `${path}?${new URLSearchParams({ redirect: target })}` : path;
}

/**
 * Lets a signed-in layout load only with a full session; otherwise sends the
 * user to the step of the sign-in sequence they are at, remembering where they
 * were going.
 */
export async function requireFullSession({
  context,
  location,
}: {
  context: RouterContext;
  location: { href: string };
}) {
  const target = location.href === '/' ? undefined : location.href;
  let session: SessionState;
  try {
    session = await context.queryClient.ensureQueryData(sessionQuery);
  } catch (error) {
    // Offline with no session known: a field device opens with its PIN.
    if (isNetworkError(error) && (await fieldDeviceLocked(null)))
      throw redirect({ href: withRedirect('/unlock', target) });
    throw error;
  }
  const stage = stageOf(session);
  if (stage !== 'full' || !session.user) {
    throw redirect({ href: withRedirect(stage ? stagePaths[stage] : '/sign-in', target) });
  }
  // The user's own field device is opened with the PIN before any screen shows.
  if (await fieldDeviceLocked(session.user.id)) throw redirect({ href: withRedirect('/unlock', target) });
  return { session: session as SessionState & { user: Me } };
}

const isNetworkError = (error: unknown) => error instanceof ApiError && error.code === 'network';

/** Whether this browser holds a locked field device (of this user; null: of anyone). Dexie loads only when asked. */
async function fieldDeviceLocked(userId: string | null): Promise<boolean> {
  const status = fieldState.get().status;
  if (status.kind === 'unlocked' || status.kind === 'none') return false;
  if (status.kind === 'loading') {
    const { loadFieldMode } = await import('../offline/device');
    await loadFieldMode();
  }
  const now = fieldState.get().status;
  return now.kind === 'locked' && (userId === null || now.userId === userId);
}

/** Lets a sign-in step load only when the session is at that step. */
export function requireStage(expected: SessionStage | null) {
  return async ({ context, search }: { context: RouterContext; search: { redirect?: string } }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    const stage = stageOf(session);
    if (stage === expected) return;
    if (stage === 'full') throw redirect({ href: search.redirect ?? '/' });
    throw redirect({ href: withRedirect(stage ? stagePaths[stage] : '/sign-in', search.redirect) });
  };
}

/** Where to go after a sign-in step succeeded. */
export function nextPath(state: SessionState, target: string | undefined): string {
  const stage = stageOf(state);
  if (stage === 'full') return target ?? '/';
  return withRedirect(stage ? stagePaths[stage] : '/sign-in', target);
}
