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
        // Offline, trying again only keeps the screen waiting.
        retry: (failures, error) => failures < 2 && !isFinal(error) && navigator.onLine,
        throwOnError: (error) => isForbidden(error),
        refetchOnWindowFocus: false,
        // Offline, a query runs anyway: the field path answers from the phone's
        // store (offline/local.ts) and the rest fail at once with a network
        // error the screen explains, instead of waiting paused for a connection.
        networkMode: 'always',
      },
      // Likewise a write: a field device queues it in the outbox (offline/writes.ts), any other
      // fails at once with the network error, rather than waiting paused with its button busy.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
