import { loadNamespaces } from '@/i18n';
import { formatLocalDate } from '@/lib/format/locale-format';

/**
 * For a tab that opens at `/orders` (app/router.tsx, before the first render), without waiting for the orders
 * route table first: the worklist's chunk and its strings are asked for together with that table (one round
 * trip less), and once they are in, the module that reads the vendors' orders, which the page's queries
 * import on their first run (it would otherwise be asked for only after the first paint). While the chunks
 * are on their way the main thread has nothing to do: the page's first date formatter is built then (the
 * first `Intl.DateTimeFormat` loads the locale's calendar data, some 40 ms), not during the first render.
 */
export function preloadWorklist(): Promise<void> {
  const page = Promise.all([import('./AllOrdersPage'), loadNamespaces('orders')]);
  // The language i18n applied to the document (the filters format with the same one).
  setTimeout(() => formatLocalDate('2000-01-01', document.documentElement.lang || 'en'), 0);
  page.then(() => import('./all/fetch-all-orders')).catch(() => undefined);
  return page.then(() => undefined);
}
