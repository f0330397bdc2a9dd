#!/usr/bin/env node
/**
 * Screenshots of the built pages at 390 px and 1440 px, light and dark, into screenshots/: the worklist,
 * an order's detail page, the new-order form with errors, a request in flight, the calendar, and the
 * keyboard-shortcut dialog.
 * Needs a mock build served: `npm run build:e2e && npx vite preview --outDir dist-e2e --port 4180`.
 * Usage: node scripts/screenshots.mjs [baseUrl] [lang]. The mock clock is pinned (`?mockNow=`, TEST_NOW or the
 * tests' default instant), so the same data appear on every run.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4180';
const lang = process.argv[3] ?? 'en';
const now = process.env.TEST_NOW || '2026-03-10T14:00:00.000Z';
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

/** Client-side navigation: a reload would re-seed the in-page mock back ends. */
const go = (page, path) =>
  page.evaluate((p) => {
    window.history.pushState({}, '', p);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);

const longNames = {
  folio: 'ACC-SHOT-LONG',
  description: 'Persistent pain in both knees after a fall',
  facility_identifier: 'FACILITY_01',
  modality: 'MR',
  priority: 'HIGHEST',
  study_code: 'MR-KNEE-B',
  study_name: 'Magnetic resonance of both knees with and without contrast',
  patient_identifier: 'MRN-0099001',
  patient_name: 'Maximiliano Alejandro Bartolomé',
  patient_first_surname: 'Fernández-Villaverde',
  patient_last_surname: 'de la Santísima Trinidad',
  patient_gender: 'M',
  patient_birth_date: '1950-06-01',
};

const widths = { narrow: 390, wide: 1440 };
for (const [label, width] of Object.entries(widths)) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.addInitScript(
      ([s, l]) => {
        localStorage.setItem('console.color-scheme', s);
        localStorage.setItem('console.language', l);
      },
      [scheme, lang],
    );
    const name = (what) => `${out}/${what}-${label}-${scheme}${lang === 'en' ? '' : `-${lang}`}.png`;
    await page.goto(`${base}/orders?mockNow=${now}`);
    await page.getByTestId('mode-badge').waitFor();
    const created = await page.evaluate(async (body) => {
      const today = new Date();
      const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      const response = await fetch('/api/eden/orders/', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...body, appointment_date: day, appointment_time: '07:15:00' }),
      });
      return response.json();
    }, longNames);
    await go(page, '/patients');
    await go(page, '/orders');
    await page.locator('[data-order-link]').first().waitFor();
    await page.screenshot({ path: name('worklist'), fullPage: true });
    await go(page, `/orders/${created.id}`);
    await page.getByTestId('edit-order').waitFor();
    await page.screenshot({ path: name('detail'), fullPage: true });
    await go(page, '/orders/new');
    await page.locator('[data-field="folio"]').waitFor();
    await page.locator('[data-field="patient_name"]').fill('Ana');
    await page.locator('[data-field="patient_birth_date"]').fill('31/02/1990');
    await page.locator('[data-field="appointment_duration"]').fill('1.5');
    await page.getByTestId('submit-order').click();
    await page.getByTestId('error-summary').waitFor();
    await page.screenshot({ path: name('new-order-errors'), fullPage: true });
    await page.locator('[data-field="appointment_date"]').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: /^(Calendar|Calendario): (Date|Fecha)$/ }).click();
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: name('calendar') });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: name('shortcuts') });
    await page.keyboard.press('Escape');
    await page.close();
  }
}
await browser.close();
console.log(`Screenshots written to ${out}/`);
