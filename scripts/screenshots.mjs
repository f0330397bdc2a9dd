#!/usr/bin/env node
/**
 * Screenshots of every built page at a narrow and a wide width, light and dark, into screenshots/.
 * Needs a mock build served: `npm run build:e2e && npx vite preview --outDir dist-e2e --port 4180`.
 * Usage: node scripts/screenshots.mjs [baseUrl]. The mock clock is pinned (`?mockNow=`, TEST_NOW or the
 * tests' default instant), so the same data appear on every run.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4180';
const now = process.env.TEST_NOW || '2026-03-10T14:00:00.000Z';
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

const widths = { narrow: 390, wide: 1440 };
for (const [label, width] of Object.entries(widths)) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.addInitScript((s) => localStorage.setItem('console.color-scheme', s), scheme);
    await page.goto(`${base}/orders?mockNow=${now}`);
    await page.getByTestId('worklist-table').waitFor();
    await page.screenshot({ path: `${out}/worklist-${label}-${scheme}.png`, fullPage: true });
    await page.locator('tbody tr a').first().click();
    await page.getByText(/^ACC-/).first().waitFor();
    await page.screenshot({ path: `${out}/detail-${label}-${scheme}.png`, fullPage: true });
    await page.evaluate(() => {
      window.history.pushState({}, '', '/orders/new');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.locator('[data-field="folio"]').waitFor();
    await page.getByTestId('submit-order').click();
    await page.screenshot({ path: `${out}/new-order-errors-${label}-${scheme}.png`, fullPage: true });
    await page.goto(`${base}/patients`);
    await page.screenshot({ path: `${out}/not-built-${label}-${scheme}.png` });
    await page.close();
  }
}
await browser.close();
console.log(`Screenshots written to ${out}/`);
