import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { firstRouteChunks } from './build/first-route-chunks.ts';
import { firstRoutePreloadPlugin } from './build/first-route-preload-plugin.ts';
import { mswWorkerPlugin } from './build/msw-worker-plugin.ts';
import { routePreloadsPlugin } from './build/route-preloads-plugin.ts';
import { vendorProxyPlugin } from './build/vendor-proxy.ts';

/**
 * Modes:
 * - `vite` (dev): mock back ends by default; `CONSOLE_API_MODE=live` proxies to the real vendors.
 * - `vite build` (production): always live; the bundle holds no msw code and no worker.
 * - `vite build --mode e2e`: a production-optimised build that still boots the mock back ends (Playwright).
 */
/**
 * The first route, /patients, with its English strings (English is always loaded, as the fallback), and
 * (behind the gateway) the session module that boot waits for.
 */
const SEARCH_PAGE = 'src/features/patients/PatientSearchPage.tsx';
const GATEWAY_SESSION = 'src/api/gateway/session.ts';
const FIRST_ROUTE = [GATEWAY_SESSION, SEARCH_PAGE, 'src/i18n/locales/en/patients.ts'];
/** The all-orders worklist's first paint (app/router.tsx `preloadFirstPage`): its route table, page and strings. */
const ORDERS_FIRST_PAINT = [
  'src/features/orders/routes.tsx',
  'src/features/orders/AllOrdersPage.tsx',
  'src/i18n/locales/en/orders.ts',
];

export default defineConfig(async ({ command, mode }) => {
  // '' prefix: read every variable, but only on the server side of this config.
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const mocks =
    command === 'serve' ? env.CONSOLE_API_MODE !== 'live' && mode !== 'production' : mode === 'e2e';
  const live = !mocks;
  return {
    plugins: [
      react(),
      mswWorkerPlugin(mocks),
      // Behind the gateway, the session answer is asked for with the HTML (src/api/gateway/session-state.ts).
      firstRoutePreloadPlugin(FIRST_ROUTE, live ? ['/api/gateway/session'] : []),
      // What a tab opening at /orders needs for its first paint, named by the gateway in that page's HTML.
      routePreloadsPlugin({ '/orders': ORDERS_FIRST_PAINT }, FIRST_ROUTE),
      ...(live ? [vendorProxyPlugin(env)] : []),
    ],
    define: {
      __MOCKS__: JSON.stringify(mocks),
    },
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      },
    },
    // Module workers: the DICOM worker (src/lib/dicom/dicom.worker.ts) imports dcmjs only when it rewrites a
    // file, which needs code splitting inside the worker (the default 'iife' format inlines everything).
    worker: { format: 'es' as const },
    server: { port: 5173 },
    preview: { port: 4173 },
    build: {
      sourcemap: false,
      chunkSizeWarningLimit: 900,
      reportCompressedSize: false,
      manifest: true,
      rolldownOptions: {
        output: {
          // What /patients loads, in a few chunks rather than some 60 (build/first-route-chunks.ts).
          codeSplitting:
            command === 'build'
              ? await firstRouteChunks(
                  fileURLToPath(import.meta.url),
                  mode,
                  [
                    ['boot', ['index.html', SEARCH_PAGE]],
                    // Behind the gateway only: what the session module needs beyond boot (zod).
                    ['session', [GATEWAY_SESSION]],
                    [
                      'search',
                      ['src/features/patients/SearchResults.tsx', 'src/api/people/search-adapters.ts'],
                      // What the all-orders page draws before its results load stays out of the group.
                      ['src/features/orders/AllOrdersPage.tsx'],
                    ],
                    // What the all-orders page's first paint needs beyond boot, in one file instead of some 15.
                    ['orders-paint', ORDERS_FIRST_PAINT],
                  ],
                  ['src/main.tsx'],
                )
              : undefined,
        },
      },
    },
  };
});
