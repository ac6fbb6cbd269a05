import { Outlet } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useAuthRedirects } from './useAuthRedirects';

// Only needed once a new version is waiting; kept out of the entry bundle.
const UpdatePrompt = lazy(() => import('./UpdatePrompt').then((m) => ({ default: m.UpdatePrompt })));

/** The root of every screen: reacts to a lost session and hosts the update prompt. */
export function Root() {
  useAuthRedirects();
  return (
    <>
      <Outlet />
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </>
  );
}
