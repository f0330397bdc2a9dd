import { QueryClient } from '@tanstack/react-query';
import { isTransient, VendorError } from './errors';

export const MAX_QUERY_RETRIES = 3;

/** Exponential backoff (1 s, 2 s, 4 s… capped at 15 s), or the vendor's own Retry-After. */
export function retryDelay(attempt: number, error: unknown): number {
  if (error instanceof VendorError && error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds * 1000, 60_000);
  }
  return Math.min(1000 * 2 ** attempt, 15_000);
}

/**
 * Queries retry transient failures (network, timeout, 5xx, 429) with backoff.
 * Mutations never retry by themselves: creating twice is worse than failing once.
 */
export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  const retry = options.retry ?? true;
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retry
          ? (failureCount, error) => failureCount < MAX_QUERY_RETRIES && isTransient(error)
          : false,
        retryDelay,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
