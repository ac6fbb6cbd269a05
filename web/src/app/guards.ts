import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import type { SessionStage } from '#core/schemas/auth';
import { sessionQuery } from '../api/session';
import type { Me, SessionState } from '../api/types';
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
  const session = await context.queryClient.ensureQueryData(sessionQuery);
  const stage = stageOf(session);
  if (stage !== 'full' || !session.user) {
    throw redirect({
      href: withRedirect(stage ? stagePaths[stage] : '/sign-in', location.href === '/' ? undefined : location.href),
    });
  }
  return { session: session as SessionState & { user: Me } };
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
