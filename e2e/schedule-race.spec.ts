import type { Browser, Page } from '@playwright/test';
import { pinnedNow, workday } from './support/clock';
import { expect, test } from './support/fixtures';
import { type SharedBackEnd, startSharedBackEnd } from './support/schedule-backend';
import { bookingsAt, ROOMS, SchedulePage, SPID } from './support/schedule-page';

/** A front desk: its own browser context (own storage, own zone, the pinned clock) on the shared back end. */
const desk = (browser: Browser, backEnd: SharedBackEnd, timezoneId: string): Promise<Page> =>
  backEnd.desk(browser, timezoneId);

const day = () => workday(7);

test.describe('two desks, one back end', () => {
  let backEnd: SharedBackEnd;
  test.beforeEach(async () => {
    backEnd = await startSharedBackEnd(pinnedNow());
  });
  test.afterEach(async () => {
    await backEnd.close();
  });

  test('two desks race for the same slot: exactly one booking, the other desk is told', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const [a, b] = await Promise.all([
      desk(browser, backEnd, 'Asia/Tokyo'),
      desk(browser, backEnd, 'America/Chicago'),
    ]);
    if (!a || !b) throw new Error('two desks');
    const deskA = new SchedulePage(a);
    const deskB = new SchedulePage(b);
    await Promise.all([
      deskA.open({ room: ROOMS.newYork.name, day: day() }),
      deskB.open({ room: ROOMS.newYork.name, day: day() }),
    ]);
    const { start } = await deskA.pick(0);
    await deskB.grid.locator(`[data-slot-start="${start}"]`).click();
    await expect(deskB.grid.locator(`[data-slot-start="${start}"]`)).toHaveAttribute('data-state', 'held');
    await deskA.choosePatient(SPID(60));
    await deskB.choosePatient(SPID(61));

    await Promise.all([deskA.confirm().click(), deskB.confirm().click()]);
    const outcome = async (page: Page) => {
      if (await page.getByTestId('booked').isVisible()) return 'booked';
      if (await page.getByTestId('slot-gone').isVisible()) return 'refused';
      return 'pending';
    };
    await expect.poll(async () => [await outcome(a), await outcome(b)].sort()).toEqual(['booked', 'refused']);
    const outcomes = [await outcome(a), await outcome(b)];
    const loser = outcomes[0] === 'refused' ? deskA : deskB;
    await expect(loser.panel.getByTestId('slot-gone')).toContainText(/another desk|no longer free/i);
    await expect(loser.confirm()).toBeDisabled();
    await expect(loser.grid.locator(`[data-slot-start="${start}"]`)).toHaveCount(0);
    expect(await bookingsAt(a, ROOMS.newYork.name, start)).toHaveLength(1);
    await Promise.all([a.context().close(), b.context().close()]);
  });

  test('a lost answer and a lost lookup: "Try again" finds the booking by its external id, one booking', async ({
    browser,
  }) => {
    const page = await desk(browser, backEnd, 'Europe/Madrid');
    const schedule = new SchedulePage(page);
    await schedule.open({ room: ROOMS.london.name, day: day() });
    const { start } = await schedule.pick(2);
    await schedule.choosePatient(SPID(62));
    const creates = (r: { method(): string; url(): string }) =>
      r.method() === 'POST' && r.url().endsWith('/appointments');
    backEnd.loseAnswer(creates);
    backEnd.loseAnswer((r) => r.url().includes('/video-call-links'));
    await schedule.confirm().click();
    await expect(schedule.panel.getByTestId('booking-unknown')).toBeVisible();
    await expect(schedule.confirm()).toHaveText('Try again');
    // The grid does not let another slot be picked while the outcome is unknown.
    await expect(schedule.grid.locator('[data-state="free"][data-disabled]').first()).toBeVisible();
    await schedule.confirm().click();
    await expect(page.getByTestId('booked')).toContainText('found by its external id');
    expect(await bookingsAt(page, ROOMS.london.name, start)).toHaveLength(1);
    expect(
      backEnd.seen.filter((line) => line.startsWith('POST') && line.endsWith('/appointments')),
    ).toHaveLength(1);
    await page.context().close();
  });
});
