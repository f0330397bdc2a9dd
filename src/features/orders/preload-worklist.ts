import { loadNamespaces } from '@/i18n';
import { formatLocalDate } from '@/lib/format/locale-format';

/**
 * For a tab that opens at `/orders` (app/router.tsx, before the first render), without waiting for the orders
 * route table first: the worklist's chunk and its strings are asked for together with that table (one round
 * trip less). The vendors' part of the page (its results, with the service layer) is asked for by the page
 * once it has painted, so that nothing of it holds the first paint back. While the chunks are on their way
 * the main thread has nothing to do: the page's first date formatter is built then (the first
 * `Intl.DateTimeFormat` loads the locale's calendar data, some 40 ms), not during the first render.
 */
export function preloadWorklist(): Promise<void> {
  const page = Promise.all([import('./AllOrdersPage'), loadNamespaces('orders')]);
  // The language i18n applied to the document (the filters format with the same one).
  setTimeout(() => formatLocalDate('2000-01-01', document.documentElement.lang || 'en'), 0);
  return page.then(() => undefined);
}
