import type { Page } from '@playwright/test';
import { workday } from './support/clock';
import { apiPost, setFaults } from './support/console';
import { expect, test } from './support/fixtures';
import { bookingsAt, ROOMS, SchedulePage, SPID } from './support/schedule-page';

test.use({ timezoneId: 'Europe/Madrid' });

/** Another desk books the slot straight through Solo (the page's mock back end). */
async function otherDeskBooks(page: Page, start: number) {
  const { status } = await apiPost(
    page,
    `/api/solo/qapi/v1/patients/id/type/SPID/value/${SPID(99)}/appointments`,
    {
      waitingRoom: ROOMS.newYork.name,
      date: Math.round(start / 1000),
      duration: 900,
    },
  );
  expect(status).toBe(201);
}

test.describe('never double-book', () => {
  test('a slot taken while the user confirms: the minute refresh disables Confirm and says why', async ({
    page,
  }) => {
    const schedule = new SchedulePage(page);
    await schedule.open({ room: ROOMS.newYork.name, day: workday(7) });
    const { start } = await schedule.pick(0);
    await schedule.choosePatient(SPID(40));
    await expect(schedule.confirm()).toBeEnabled();
    await otherDeskBooks(page, start);
    // The grid refreshes every minute: move the clock on until a refresh (not one already in flight) shows it.
    await expect(async () => {
      await page.clock.fastForward(61_000);
      await expect(schedule.panel.getByTestId('slot-gone')).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await expect(schedule.confirm()).toBeDisabled();
    await expect(schedule.grid.locator(`[data-slot-start="${start}"]`)).toHaveCount(0);
    expect(await bookingsAt(page, ROOMS.newYork.name, start)).toHaveLength(1);
  });

  test('a slot taken between display and confirm: re-checked before booking, nothing booked, grid refreshed', async ({
    page,
  }) => {
    const schedule = new SchedulePage(page);
    await schedule.open({ room: ROOMS.newYork.name, day: workday(7) });
    const { start } = await schedule.pick(1);
    await schedule.choosePatient(SPID(41));
    await otherDeskBooks(page, start);
    await schedule.confirm().click();
    await expect(schedule.panel.getByTestId('slot-gone')).toContainText('no longer free');
    await expect(schedule.confirm()).toBeDisabled();
    await expect(page.getByTestId('booked')).toBeHidden();
    await expect(schedule.grid.locator(`[data-slot-start="${start}"]`)).toHaveCount(0);
    expect(await bookingsAt(page, ROOMS.newYork.name, start)).toHaveLength(1);
  });

  test('the window getting the focus back refreshes the grid', async ({ page }) => {
    const schedule = new SchedulePage(page);
    await schedule.open({ room: ROOMS.newYork.name, day: workday(7) });
    const start = Number(await schedule.freeCells().nth(2).getAttribute('data-slot-start'));
    await otherDeskBooks(page, start);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(schedule.grid.locator(`[data-slot-start="${start}"]`)).toHaveCount(0);
  });

  test('the answer to a booking is lost: the booking is found by its external id, not made twice', async ({
    page,
  }) => {
    const schedule = new SchedulePage(page);
    await schedule.open({ room: ROOMS.newYork.name, day: workday(7) });
    const { start } = await schedule.pick(3);
    await schedule.choosePatient(SPID(42));
    await setFaults(page, {
      failure: 'network',
      vendor: 'solo',
      methods: 'writes',
      afterProcessing: true,
      remaining: 1,
    });
    await schedule.confirm().click();
    await expect(page.getByTestId('booked')).toContainText('found by its external id');
    expect(await bookingsAt(page, ROOMS.newYork.name, start)).toHaveLength(1);
  });
});
