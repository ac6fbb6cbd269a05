import type { AsyncRouteComponent } from '@tanstack/react-router';
import { type Action, can } from '#core/permissions/index';
import { useSession } from '../api/session';
import { NoAccess } from '../modules/errors/NoAccess';

type Screen = AsyncRouteComponent<unknown>;

/**
 * Wraps a lazy screen so it renders only for roles allowed the action, and the
 * no-access page otherwise — at the same URL, without a redirect. Rendering rather
 * than throwing from `beforeLoad` keeps an expected situation out of the error
 * console. The server enforces the same rule on every request.
 */
export function guarded(action: Action, Lazy: Screen): Screen {
  const GuardedScreen = (() => {
    const { data } = useSession();
    return data?.user && can(data.user.roles, action) ? <Lazy /> : <NoAccess />;
  }) as Screen;
  // Let the router keep downloading the screen's chunk while it loads the route.
  GuardedScreen.preload = Lazy.preload;
  return GuardedScreen;
}
