import type { Page } from '@playwright/test';
import { addDays, workday } from './support/clock';
import { expect, test } from './support/fixtures';
import { nextClockChange, ROOMS, SchedulePage } from './support/schedule-page';

interface ShownSlot {
  start: number;
  row: string;
  label: string;
}

/** Every free cell of the grid: its start, its row's header, its accessible label. */
async function shownSlots(page: Page): Promise<ShownSlot[]> {
  return page.getByTestId('slot-grid').evaluate((table) =>
    [...table.querySelectorAll<HTMLElement>('td[data-state="free"]')].map((cell) => ({
      start: Number(cell.dataset.slotStart),
      row: cell.parentElement?.querySelector('th')?.textContent ?? '',
      label: cell.getAttribute('aria-label') ?? '',
    })),
  );
}

const wall = (ms: number, zone: string, locale = 'en') =>
  new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(ms);
const zoneName = (ms: number, zone: string, locale = 'en') =>
  new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short', hour: 'numeric' })
    .formatToParts(ms)
    .find((part) => part.type === 'timeZoneName')?.value;

/** Each slot is on the row of its own wall time in the room's zone, named, with the viewer's time beside it. */
function expectOnTheRoomsClock(slots: ShownSlot[], roomZone: string, viewerZone: string) {
  expect(slots.length).toBeGreaterThan(0);
  for (const slot of slots) {
    const roomTime = wall(slot.start, roomZone);
    expect(slot.row, `row of ${new Date(slot.start).toISOString()}`).toContain(roomTime);
    expect(slot.label).toContain(`${roomTime} ${zoneName(slot.start, roomZone)}`);
    expect(slot.label).toContain(
      `${wall(slot.start, viewerZone)} ${zoneName(slot.start, viewerZone)} your time`,
    );
  }
  // No missing and no doubled hour: every row header once, in clock order.
}

async function rowHeaders(page: Page): Promise<string[]> {
  return page.getByTestId('slot-grid').locator('tbody th').allTextContents();
}

for (const { room, viewer } of [
  { room: ROOMS.london, viewer: 'America/Los_Angeles' },
  { room: ROOMS.newYork, viewer: 'Europe/Madrid' },
]) {
  test.describe(`${room.zone} across its clock change, seen from ${viewer}`, () => {
    test.use({ timezoneId: viewer });

    test('the weeks around the change keep the room’s times on the room’s rows, flagged and named', async ({
      page,
    }) => {
      const change = nextClockChange(room.zone);
      const schedule = new SchedulePage(page);
      await schedule.open({ room: room.name, view: 'week', day: change.day });
      const notice = page.getByTestId('clock-change');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(change.offsetAfter < change.offsetBefore ? 'go back' : 'go forward');
      await expect(page.locator(`th[data-day="${change.day}"]`)).toHaveAttribute('data-change', '');

      const weekOf = await rowHeaders(page);
      expect(new Set(weekOf).size).toBe(weekOf.length);
      expectOnTheRoomsClock(await shownSlots(page), room.zone, viewer);

      // The week after: the other offset, the same rows (08:00 stays 08:00), no notice.
      await page.getByTestId('next-page').click();
      await expect(page.getByTestId('range-label')).toContainText(
        String(Number(addDays(change.day, 7).slice(8))),
      );
      await expect(notice).toBeHidden();
      await expect(schedule.freeCells().first()).toBeVisible();
      const after = await shownSlots(page);
      expectOnTheRoomsClock(after, room.zone, viewer);
      expect(
        after.every((slot) => slot.label.includes(zoneName(change.at + 3_600_000, room.zone) ?? '?')),
      ).toBe(true);
      const weekAfter = await rowHeaders(page);
      expect(new Set(weekAfter).size).toBe(weekAfter.length);
      expect(weekAfter[0]).toBe(weekOf[0]);
    });
  });
}

test.describe('Spanish', () => {
  test.use({ timezoneId: 'Asia/Tokyo', locale: 'es-ES' });
  test('times on a 24-hour clock, with the zone named', async ({ page }) => {
    const schedule = new SchedulePage(page);
    // Next week: weekdays with open hours whatever day the clock is pinned to.
    await schedule.open({ room: ROOMS.london.name, view: 'week', day: workday(7) }, { lang: 'es' });
    const rows = await rowHeaders(page);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^\d{2}:\d{2}$/);
    const [first] = await shownSlots(page);
    if (first) {
      expect(first.label).toContain(
        `${wall(first.start, 'Europe/London', 'es')} ${zoneName(first.start, 'Europe/London', 'es')}`,
      );
      expect(first.label).toContain('su hora');
    }
  });
});
