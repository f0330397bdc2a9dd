import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One fixed zone, never the machine's: UTC, or the zone TEST_TZ names (`npm run test:unit` adds a run
// in a zone far from UTC). The test workers inherit it; src/test/pin-clock.ts pins the date.
process.env.TZ = process.env.TEST_TZ || 'UTC';

export default defineConfig({
  plugins: [react()],
  define: { __MOCKS__: 'true' },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./src/test/pin-clock.ts', './src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'build/**/*.test.ts', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    testTimeout: 60_000, // an outer bound for a test that can never pass; never a timing assertion
    hookTimeout: 60_000,
  },
});
