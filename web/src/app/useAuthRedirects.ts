import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { onAuthProblem } from '../api/client';
import { dropSession, sessionQuery } from '../api/session';
import { stageOf, stagePaths } from './stages';

/**
 * Reacts to the API saying the session is gone (401) or the sign-in sequence is
 * unfinished (403 `*_required`): forget cached data and show the right sign-in step,
 * remembering the screen the user was on.
 */
export function useAuthRedirects(): void {
  const queryClient = useQueryClient();
  const router = useRouter();
  useEffect(() => {
    onAuthProblem(async (kind) => {
      const here = router.state.location.href;
      if (kind === 'session_lost') {
        dropSession(queryClient);
        if (!here.startsWith('/sign-in')) await router.navigate({ to: '/sign-in', search: { redirect: here } });
        return;
      }
      const state = await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
      const stage = stageOf(state);
      if (stage && stage !== 'full') await router.navigate({ href: stagePaths[stage] });
    });
    return () => onAuthProblem(null);
  }, [queryClient, router]);
}
