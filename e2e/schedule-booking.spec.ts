import { workday } from './support/clock';
import { expect, test } from './support/fixtures';
import { bookingsAt, ROOMS, SchedulePage, SPID } from './support/schedule-page';

// The browser runs in a zone other than the waiting room's: every time must still be the room's.
test.use({ timezoneId: 'Asia/Tokyo' });

/** A day next week: every room has open weekdays then, whatever day the clock is pinned to. */
const nextWeek = () => workday(7);

test.describe('Solo booking', () => {
  test('book a slot, reschedule it, follow the platform-driven statuses, cancel it', async ({ page }) => {
    test.setTimeout(120_000);
    const schedule = new SchedulePage(page);
    await schedule.open({ room: ROOMS.newYork.name, day: nextWeek() });
    await expect(page.getByTestId('location-zone')).toContainText('America/New_York');

    const first = await schedule.pick(0);
    // The held slot is written in the room's zone, with the user's own (Tokyo) time beside it.
    expect(first.label).toMatch(/(EST|EDT)/);
    await expect(schedule.panel.getByTestId('booking-slot')).toContainText(/(EST|EDT)/);
    await expect(schedule.panel.getByTestId('booking-slot')).toContainText(/GMT\+9 your time/);
    await schedule.choosePatient(SPID(10));
    await schedule.addReason('CT follow-up');
    await schedule.confirm().click();
    await expect(page.getByTestId('booked')).toBeVisible();
    await expect(schedule.grid.locator(`[data-slot-start="${first.start}"]`)).toHaveCount(0);
    expect(await bookingsAt(page, ROOMS.newYork.name, first.start)).toHaveLength(1);

    await page.getByTestId('open-booked').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Appointment \d+$/);
    const id = Number((await page.getByRole('heading', { level: 1 }).textContent())?.replace(/\D/g, ''));
    await expect(page.getByTestId('status-flow').locator('[aria-current="step"]')).toContainText('Scheduled');
    await expect(page.getByText('CT follow-up')).toBeVisible();

    // Reschedule: another free slot of the same room.
    await page.getByTestId('reschedule').click();
    await expect(page.getByTestId('reschedule-banner')).toBeVisible();
    const second = await schedule.pick(1);
    await page.getByTestId('confirm-reschedule').click();
    await expect(page.getByTestId('booked')).toContainText('Appointment moved');
    expect(await bookingsAt(page, ROOMS.newYork.name, second.start)).toEqual([id]);
    expect(await bookingsAt(page, ROOMS.newYork.name, first.start)).toEqual([]);
    await page.getByTestId('open-booked').click();
    await expect(page.getByTestId('appointment-time')).toBeVisible();

    // The Solo platform moves the visit on; the page shows it without a reload.
    for (const [status, label] of [
      ['arrived', 'Arrived'],
      ['in progress.intake.ready', 'Ready for intake'],
    ] as const) {
      const now = await page.evaluate(
        async ({ id, status }) =>
          (await window.__consoleMocks?.solo.advanceAppointment(id, { status }))?.status,
        { id, status },
      );
      expect(now).toBe(status);
      // The page polls every 15 s: move the clock on until a poll (not one already in flight) brings it.
      const current = page.getByTestId('status-flow').locator('[aria-current="step"]');
      await expect(async () => {
        await page.clock.fastForward(16_000);
        await expect(current).toContainText(label, { timeout: 2_000 });
      }).toPass();
    }
    await expect(page.getByTestId('reschedule')).toBeDisabled();

    await page.getByTestId('cancel-appointment').click();
    await page.getByTestId('confirm-cancel').click();
    await expect(page.locator('[data-status="cancelled"]').first()).toBeVisible();
    await expect(page.getByTestId('cancel-appointment')).toBeDisabled();
    expect(await bookingsAt(page, ROOMS.newYork.name, second.start)).toEqual([]);
  });

  test('keyboard only: move through the grid, change the week, pick, find the patient, book', async ({
    page,
  }) => {
    const schedule = new SchedulePage(page);
    await schedule.open({ room: ROOMS.london.name, view: 'week', day: nextWeek() });
    const range = page.getByTestId('range-label');
    const before = await range.textContent();
    await schedule.grid.locator('[role="gridcell"][tabindex="0"]').focus();
    await page.keyboard.press('PageDown');
    await expect(range).not.toHaveText(before ?? '');
    await page.keyboard.press('PageUp');
    await expect(range).toHaveText(before ?? '');
    await page.keyboard.press('PageDown');
    await expect(range).not.toHaveText(before ?? '');
    // Next week: go to the grid's first cell and walk down the first column until a free slot.
    await expect(schedule.freeCells().first()).toBeVisible();
    await schedule.grid.locator('[role="gridcell"][tabindex="0"]').focus();
    await page.keyboard.press('Control+Home');
    const focused = page.locator('[role="gridcell"]:focus');
    await expect(focused).toHaveCount(1);
    for (let step = 0; step < 60 && (await focused.getAttribute('data-state')) !== 'free'; step++) {
      await page.keyboard.press(step % 2 === 0 ? 'ArrowRight' : 'ArrowDown');
    }
    await expect(focused).toHaveAttribute('data-state', 'free');
    const start = Number(await focused.getAttribute('data-slot-start'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect(schedule.grid.locator(`[data-slot-start="${start}"]`)).toHaveAttribute('data-state', 'held');
    await expect(page.locator('#booking-heading')).toBeFocused();

    await page.keyboard.press('Tab');
    await expect(schedule.panel.getByTestId('patient-input')).toBeFocused();
    await page.keyboard.type(SPID(20));
    await page.keyboard.press('Enter');
    await expect(schedule.panel.getByTestId('use-patient')).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(schedule.panel.getByTestId('use-patient')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(schedule.panel.getByTestId('change-patient')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(schedule.panel.getByTestId('reasons-input')).toBeFocused();
    await page.keyboard.type('MRI results');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(schedule.confirm()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('booked')).toBeVisible();
    expect(await bookingsAt(page, ROOMS.london.name, start)).toHaveLength(1);
  });

  test('arriving with ?patient= from the patient record, the patient is already chosen', async ({ page }) => {
    const schedule = new SchedulePage(page);
    await schedule.open({ room: ROOMS.mexico.name, day: nextWeek(), patient: `solo.spid:${SPID(30)}` });
    await schedule.pick(0);
    await expect(schedule.panel.getByTestId('chosen-patient')).toContainText(`SPID ${SPID(30)}`);
    await expect(schedule.confirm()).toBeEnabled();
  });
});
