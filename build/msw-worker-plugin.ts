import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/**
 * Serves msw's service worker straight from the installed package instead of `public/`.
 *
 * - No `msw init` step is needed (npm 11 skips install scripts), and the worker always
 *   matches the installed msw version.
 * - The worker is emitted only into builds that run on mock back ends (`--mode e2e`),
 *   so it can never leak into a production build.
 */
export function mswWorkerPlugin(enabled: boolean): Plugin {
  const require = createRequire(import.meta.url);
  const workerPath = require.resolve('msw/mockServiceWorker.js');
  const fileName = 'mockServiceWorker.js';
  return {
    name: 'console:msw-worker',
    configureServer(server) {
      if (!enabled) return;
      server.middlewares.use(`/${fileName}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.setHeader('Service-Worker-Allowed', '/');
        res.end(readFileSync(workerPath));
      });
    },
    generateBundle() {
      if (!enabled) return;
      this.emitFile({ type: 'asset', fileName, source: readFileSync(workerPath, 'utf8') });
    },
  };
}
