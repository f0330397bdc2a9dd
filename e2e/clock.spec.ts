import type { Page } from '@playwright/test';
import { pinnedNow, readPageClock, today, utcToday } from './support/clock';
import { apiGet, openConsole } from './support/console';
import { expect, test } from './support/fixtures';

async function seededOrders(page: Page, from: string, to: string): Promise<number> {
  const list = await apiGet<{ count: number }>(page, `/api/eden/orders/?start_date=${from}&end_date=${to}`);
  return list.count;
}

test.describe('one pinned clock', () => {
  test('the app and the mock back ends start at the pinned instant, in the pinned zone', async ({ page }) => {
    await openConsole(page, '/orders');
    const { before, mocks, after, day } = await readPageClock(page);
    expect(before).toBeGreaterThanOrEqual(pinnedNow().getTime());
    expect(mocks).toBeGreaterThanOrEqual(before);
    expect(mocks).toBeLessThanOrEqual(after);
    expect(day).toBe(today());
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('Europe/Madrid');
    // The seeded data lie around the pinned day.
    expect(await seededOrders(page, utcToday(-3), utcToday(3))).toBeGreaterThan(0);
  });

  test('QA pins a mock build by hand with ?mockNow=, for the whole tab, and ?mockNow=off forgets it', async ({
    page,
  }) => {
    const pin = '2030-01-15T10:00:00.000Z';
    await openConsole(page, `/orders?mockNow=${pin}`);
    // The parameter is read at boot and leaves the address.
    await expect(page).not.toHaveURL(/mockNow/);
    const first = await readPageClock(page);
    expect(first.mocks).toBeGreaterThanOrEqual(Date.parse(pin));
    expect(first.mocks).toBeGreaterThanOrEqual(first.before);
    expect(first.mocks).toBeLessThanOrEqual(first.after);
    expect(first.day).toBe('2030-01-15');
    expect(await seededOrders(page, '2030-01-12', '2030-01-18')).toBeGreaterThan(0);
    expect(await seededOrders(page, utcToday(-3), utcToday(3))).toBe(0);

    // A reload starts from the same instant again: the same data on every run. (No more time has passed
    // on the page's clock since the pin than on the runner's since the reload began.)
    const reloadStart = performance.now();
    await page.reload();
    await expect(page.getByTestId('mode-badge')).toBeVisible();
    const again = await readPageClock(page);
    const sinceReload = performance.now() - reloadStart;
    expect(again.mocks).toBeGreaterThanOrEqual(Date.parse(pin));
    expect(again.mocks - Date.parse(pin)).toBeLessThanOrEqual(sinceReload + 5);

    await page.goto('/orders?mockNow=off');
    await expect(page.getByTestId('mode-badge')).toBeVisible();
    expect((await readPageClock(page)).day).toBe(today());
  });

  test('QA pins it from the browser console with __consoleMocks.clock.set', async ({ page }) => {
    await openConsole(page, '/orders');
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => window.__consoleMocks?.clock.set('2028-02-29T12:00:00Z')),
    ]);
    await expect(page.getByTestId('mode-badge')).toBeVisible();
    expect((await readPageClock(page)).day).toBe('2028-02-29');
    expect(await seededOrders(page, '2028-02-26', '2028-03-03')).toBeGreaterThan(0);
  });
});
