import { expect, type Page } from '@playwright/test';
import type { FaultScenario } from '../../mocks/faults';

export type Scheme = 'light' | 'dark';
export type Lang = 'en' | 'es';

/**
 * Which colour scheme × language pairings the axe specs check. Light in English and dark in Spanish check
 * each scheme and each language, in every state at both widths; `A11Y_ALL=1` adds light in Spanish and
 * dark in English, which share every colour and every string with those two (about 4 minutes more on a
 * busy 2-core machine: run it before a release, as `npm run test:a11y:all`).
 */
export function a11yRun(scheme: Scheme, lang: Lang): boolean {
  return process.env.A11Y_ALL === '1' || (scheme === 'light') === (lang === 'en');
}

/** Opens the console with a colour scheme and language already chosen, and waits for the mocks to run. */
export async function openConsole(page: Page, path: string, options: { scheme?: Scheme; lang?: Lang } = {}) {
  await page.addInitScript(
    ({ scheme, lang }) => {
      // Only on the first load: a reload in the test must keep what the user chose since.
      if (sessionStorage.getItem('e2e.preferences')) return;
      sessionStorage.setItem('e2e.preferences', '1');
      localStorage.setItem('console.color-scheme', scheme);
      localStorage.setItem('console.language', lang);
    },
    { scheme: options.scheme ?? 'light', lang: options.lang ?? 'en' },
  );
  await page.goto(path);
  await expect(page.getByTestId('mode-badge')).toBeVisible();
}

/**
 * Client-side navigation. A full `page.goto` reloads the page and with it the in-page mock back ends
 * (a fresh seeded store, faults off); use this to keep their state.
 */
export async function navigate(page: Page, path: string) {
  await page.evaluate((p) => {
    window.history.pushState({}, '', p);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Switches on a fault scenario in the page's mock back ends. */
export async function setFaults(page: Page, patch: Partial<FaultScenario>) {
  await page.evaluate((p) => window.__consoleMocks?.faults.set(p), patch);
}

export async function resetFaults(page: Page) {
  await page.evaluate(() => window.__consoleMocks?.faults.reset());
}

/** Raw JSON from the page's mock back end (same origin, through the service worker). */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const response = await fetch(p);
    return (await response.json()) as T;
  }, path);
}

export async function apiPost<T>(
  page: Page,
  path: string,
  body: unknown,
): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ p, b }) => {
      const response = await fetch(p, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(b),
      });
      return { status: response.status, body: (await response.json()) as T };
    },
    { p: path, b: body },
  );
}
