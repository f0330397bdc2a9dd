import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { firstRoutePreloadPlugin } from './build/first-route-preload-plugin.ts';
import { mswWorkerPlugin } from './build/msw-worker-plugin.ts';
import { vendorProxyPlugin } from './build/vendor-proxy.ts';

/**
 * Modes:
 * - `vite` (dev): mock back ends by default; `CONSOLE_API_MODE=live` proxies to the real vendors.
 * - `vite build` (production): always live; the bundle holds no msw code and no worker.
 * - `vite build --mode e2e`: a production-optimised build that still boots the mock back ends (Playwright).
 */
export default defineConfig(({ command, mode }) => {
  // '' prefix: read every variable, but only on the server side of this config.
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const mocks =
    command === 'serve' ? env.CONSOLE_API_MODE !== 'live' && mode !== 'production' : mode === 'e2e';
  const live = !mocks;
  return {
    plugins: [
      react(),
      mswWorkerPlugin(mocks),
      // The first route, /patients, and (behind the gateway) the session module that boot waits for.
      firstRoutePreloadPlugin(['src/api/gateway/session.ts', 'src/features/patients/PatientSearchPage.tsx']),
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
    worker: { format: 'es' },
    server: { port: 5173 },
    preview: { port: 4173 },
    build: {
      // The first route's data layer (the Eden service module, with what it needs) is one chunk. Without
      // this, every further page that uses the service layer re-splits the chunks the first route shares with
      // it (same modules, more chunks, ~3 KB more gzip on the first route: measured with the uploads page).
      sourcemap: false,
      chunkSizeWarningLimit: 900,
      reportCompressedSize: false,
      manifest: true,
    },
  };
});
