import type { SessionStage } from '#core/schemas/auth';
import type { SessionState } from '../api/types';

/** Where each step of the sign-in sequence lives. */
export const stagePaths: Record<SessionStage, string> = {
  password_change: '/sign-in/password',
  two_factor_enrol: '/sign-in/two-factor/setup',
  two_factor_verify: '/sign-in/two-factor',
  full: '/',
};

/** The step a session is at: null when signed out. */
export function stageOf(session: SessionState | undefined): SessionStage | null {
  return session?.authenticated ? (session.stage ?? 'full') : null;
}

/**
 * Only same-site paths may be a "go back to" target after sign-in; anything else
 * (`//evil.example`, `https://…`) is an open redirect and is dropped.
 */
export function safeRedirect(target: unknown): string | undefined {
  if (typeof target !== 'string') return undefined;
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return undefined;
  if (target.startsWith('/sign-in')) return undefined;
  return target;
}

/** The search params of the sign-in steps: where to go when signed in. */
export function validateRedirectSearch(search: Record<string, unknown>): { redirect?: string } {
  const redirect = safeRedirect(search.redirect);
  return redirect ? { redirect } : {};
}
