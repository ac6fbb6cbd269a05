import type { Me, SessionState } from '#core/schemas/auth';
import type { Principal } from '../../platform/auth/principal';
import type { RequestAuth } from '../../platform/http/context';

/** The signed-in user as the web app sees them: listed fields only. */
export function presentMe(p: Principal): Me {
  return {
    id: p.user.id,
    organisationId: p.organisation.id,
    organisationName: p.organisation.name,
    email: p.user.email,
    displayName: p.user.displayName,
    roles: p.user.roles,
    disciplines: p.user.disciplines,
    locale: p.user.locale,
    twoFactorEnabled: p.user.twoFactorEnabled,
  };
}

/** The session state answer; anonymous callers get a pre-session CSRF token. */
export function presentSessionState(auth: RequestAuth | null, anonymousCsrf: string): SessionState {
  if (!auth) return { authenticated: false, stage: null, user: null, csrfToken: anonymousCsrf, idleTimeoutSeconds: 0 };
  return {
    authenticated: true,
    stage: auth.session.stage,
    user: presentMe(auth),
    csrfToken: auth.session.csrfToken,
    idleTimeoutSeconds: auth.session.idleSeconds,
  };
}
