import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The gateway's suite (`npm run test:server`): Node environment, real servers on free ports (the gateway,
 * the fake vendors from mocks/handlers.ts, a local OpenID provider), PGlite in memory, or the PostgreSQL
 * server named by TEST_DATABASE_URL (one fresh database per test file).
 */
export default defineConfig({
  define: { __MOCKS__: 'true' },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    globals: false,
    include: ['server/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // Each file starts its own servers and a PGlite (WASM): two at a time is what a 2-core machine holds.
    maxWorkers: 2,
    pool: 'forks',
  },
});
