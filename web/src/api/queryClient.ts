import { QueryClient } from '@tanstack/react-query';
import { ApiError, isForbidden } from './errors';

/** Errors a retry cannot fix: the answer will be the same (4xx). Network errors are retried. */
function isFinal(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/**
 * One QueryClient for the app. A 403 `forbidden` from a screen's query is thrown
 * to the route's error boundary, which shows the no-access page at the same URL.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => failures < 2 && !isFinal(error),
        throwOnError: (error) => isForbidden(error),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
