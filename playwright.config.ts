import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { E2E_LOCALE, E2E_TIME_ZONE } from './e2e/support/clock';

/**
 * End-to-end tests run against a production-optimised build that boots the mock back ends
 * (`npm run build:e2e` → dist-e2e), served by `vite preview`, in Debian's Chromium: Playwright cannot
 * download its own browsers here.
 *
 * Each run starts its own server on a free port (or on E2E_PORT when set), never reusing one: two runs on
 * one machine never share a server. The port is chosen once, here in the runner, and handed to the
 * workers through the environment (they load this file again).
 */
function freePort(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

process.env.E2E_PORT ||= String(freePort());
const PORT = Number(process.env.E2E_PORT);

if (!existsSync('dist-e2e/index.html')) {
  throw new Error('dist-e2e/ is missing: run `npm run build:e2e` first.');
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A slow, shared 2-core machine: generous bounds. They are limits, never part of what a test checks.
  // (A heavy test marks itself `test.slow()`: three times as long.)
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The browser's zone and locale are fixed, never the machine's; its date is pinned by e2e/support/fixtures.ts.
    timezoneId: E2E_TIME_ZONE,
    locale: E2E_LOCALE,
    // The browser asks for reduced motion, which the console honours (theme.respectReducedMotion): a toast
    // or dialog is there or gone, never half-faded while axe reads its contrast (a fade-out that started
    // during a reading failed `color-contrast` once in CI).
    reducedMotion: 'reduce',
    navigationTimeout: 60_000,
    // A failure leaves its screenshot and error-context.md (the page's accessibility snapshot, the test's
    // source). A trace of each test is opt-in (`E2E_TRACE=1`, kept for failures): recording one costs
    // about 40% more time on a 2-core machine (shell + orders specs: 2.4 → 4.1 min), which CI has not got.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 900 } } }],
  webServer: {
    command: `npx vite preview --outDir dist-e2e --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
