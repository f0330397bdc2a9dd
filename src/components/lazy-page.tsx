import { type ComponentType, createContext, type LazyExoticComponent, lazy, useContext } from 'react';
import { loadNamespaces } from '@/i18n';
import type { Namespace } from '@/i18n/resources';

/** Incremented by the route error boundary's "Try again", so a page whose chunk failed to load is fetched anew. */
export const RetryAttemptContext = createContext(0);

/**
 * A lazily loaded page, fetched together with its translation namespaces (no second round trip).
 * React.lazy remembers a failed import forever; this keeps one lazy component per retry attempt, so
 * "Try again" after a failed chunk download loads it again without a full reload.
 */
export function lazyPage(
  load: () => Promise<{ default: ComponentType }>,
  ...namespaces: Namespace[]
): ComponentType {
  const byAttempt = new Map<number, LazyExoticComponent<ComponentType>>();
  return function LazyPage() {
    const attempt = useContext(RetryAttemptContext);
    let Page = byAttempt.get(attempt);
    if (!Page) {
      Page = lazy(() => Promise.all([load(), loadNamespaces(...namespaces)]).then(([page]) => page));
      byAttempt.set(attempt, Page);
    }
    return <Page />;
  };
}
