import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One fixed zone, never the machine's: UTC, or the zone TEST_TZ names (`npm run test:unit` adds a run
// in a zone far from UTC). The test workers inherit it; src/test/pin-clock.ts pins the date.
process.env.TZ = process.env.TEST_TZ || 'UTC';

/**
 * Framework-free code (src/lib, the mock stores, the build and CI scripts, and any test file that starts
 * with `// @vitest-environment node`) is tested in plain Node: no jsdom, no mock network. Starting jsdom
 * and the msw server costs about two seconds of CPU per test file, which on a 2-core machine was most of
 * the suite's time. Each test file is put in one project or the other here, once.
 */
const NODE_FOLDERS = ['src/lib', 'mocks', 'build', 'scripts'];
/** Test files in those folders that need the browser's storage or the mock network. */
const NEED_DOM = ['src/lib/drafts/draft-vault.test.ts', 'mocks/postdicom/call-log.test.ts'];

const testFiles = ['src', 'mocks', 'build', 'scripts'].flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((path) => join(root, path).split(sep).join('/'))
    .filter((path) => /\.test\.tsx?$/.test(path) && !path.includes('node_modules')),
);
const inNode = (path: string) =>
  NODE_FOLDERS.some((folder) => path.startsWith(`${folder}/`))
    ? !NEED_DOM.includes(path)
    : readFileSync(path, 'utf8').startsWith('// @vitest-environment node');
const NODE_TESTS = testFiles.filter(inNode);
const DOM_TESTS = testFiles.filter((path) => !inNode(path));

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
    globals: false,
    restoreMocks: true,
    testTimeout: 60_000, // an outer bound for a test that can never pass; never a timing assertion
    hookTimeout: 60_000,
    // Vitest's default is one worker per core less one: a single worker on a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./src/test/pin-clock.ts', './src/test/setup.ts'],
          include: DOM_TESTS,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          setupFiles: ['./src/test/pin-clock.ts'],
          include: NODE_TESTS,
        },
      },
    ],
  },
});
