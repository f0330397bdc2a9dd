import { useCallback, useRef } from 'react';

/**
 * The user's Cancel for a request in flight: `begin()` gives the signal to pass to the mutation (and on to
 * the service function's `signal`), `cancel()` aborts it. The page's values are untouched.
 */
export function useAbortable() {
  const controller = useRef<AbortController | null>(null);
  const begin = useCallback((): AbortSignal => {
    controller.current?.abort();
    controller.current = new AbortController();
    return controller.current.signal;
  }, []);
  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
  }, []);
  return { begin, cancel };
}
