import { type ComponentType, createContext, type LazyExoticComponent, lazy, useContext } from 'react';
import { loadNamespaces } from '@/i18n';
import type { Namespace } from '@/i18n/resources';
import { failedChunkUrl, retryChunkUrl } from '@/lib/chunks/failed-chunk';

/** Incremented by the route error boundary's "Try again", so a page whose chunk failed to load is fetched anew. */
export const RetryAttemptContext = createContext(0);

/** A page loaded on first visit; `preload()` loads it ahead (boot does, for the address the tab opens at). */
export type LazyPage = ComponentType & { preload: () => Promise<void> };

/**
 * The page's module; on a retry ("Try again"), a chunk the browser remembers as failed is asked for again at
 * an address of its own (`lib/chunks/failed-chunk.ts`), since `import()` of the same address may fail again
 * without a request.
 */
function loadPage(
  load: () => Promise<{ default: ComponentType }>,
  attempt: number,
): Promise<{ default: ComponentType }> {
  return load().catch((error: unknown) => {
    const url = attempt > 0 ? failedChunkUrl(error, window.location.origin) : null;
    if (!url) throw error;
    return import(/* @vite-ignore */ retryChunkUrl(url, attempt)) as Promise<{ default: ComponentType }>;
  });
}

/**
 * A lazily loaded page, fetched together with its translation namespaces (no second round trip).
 * React.lazy remembers a failed import forever; this keeps one lazy component per retry attempt, so
 * "Try again" after a failed chunk download loads it again without a full reload.
 *
 * A page already loaded (by `preload()`) renders at once rather than through React.lazy: a lazy page
 * suspends on its first render even when its chunk is there, and React shows suspended content no sooner
 * than 300 ms after the fallback it replaced, which held the landing page's first paint back. A page that
 * suspended is never swapped later: `loaded` is set before React.lazy's promise settles, so its retry
 * already renders the loaded component, and React.lazy's content never mounts.
 */
export function lazyPage(
  load: () => Promise<{ default: ComponentType }>,
  ...namespaces: Namespace[]
): LazyPage {
  const byAttempt = new Map<number, LazyExoticComponent<ComponentType>>();
  let loaded: ComponentType | null = null;
  const loadAll = (attempt = 0) =>
    Promise.all([loadPage(load, attempt), loadNamespaces(...namespaces)]).then(([page]) => {
      loaded = page.default;
      return page;
    });
  function LazyPage() {
    const attempt = useContext(RetryAttemptContext);
    if (loaded) {
      const Loaded = loaded;
      return <Loaded />;
    }
    let Page = byAttempt.get(attempt);
    if (!Page) {
      Page = lazy(() => loadAll(attempt));
      byAttempt.set(attempt, Page);
    }
    return <Page />;
  }
  LazyPage.preload = () => loadAll().then(() => undefined);
  return LazyPage;
}
