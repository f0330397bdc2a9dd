import { expect, type Locator, type Page } from '@playwright/test';
import { clockChangesBetween } from '../../src/lib/scheduling/zones';
import { pinnedNow } from './clock';
import { openConsole } from './console';

/** The seeded Solo waiting rooms (mocks/solo) and the zones the console gives them by default. */
export const ROOMS = {
  newYork: { name: 'Radiology Front Desk New York', zone: 'America/New_York' },
  london: { name: 'Imaging Results London', zone: 'Europe/London' },
  mexico: { name: 'Teleradiología Ciudad de México', zone: 'America/Mexico_City' },
} as const;

/** Seeded Solo patients have SPIDs 100001… (mocks/solo/care-db.ts). */
export const SPID = (n: number) => String(100_000 + n);

export function scheduleUrl(params: Record<string, string>): string {
  return `/schedule?${new URLSearchParams(params).toString()}`;
}

/** The calendar day of `ms` on the wall clock of `zone`. */
export function dayIn(ms: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms);
}

/**
 * The next clock change of `zone` at least a week after the pinned instant (within 400 days), so that every
 * day of its week is still ahead: past slots are never free, and at a test:dates instant on the day of a
 * change (2026-03-08, a Sunday) the whole week of that change is past.
 */
export function nextClockChange(zone: string, direction: 'back' | 'forward' | 'any' = 'any') {
  const from = pinnedNow().getTime() + 7 * 86_400_000;
  const changes = clockChangesBetween(zone, from, from + 400 * 86_400_000).filter(
    (c) =>
      direction === 'any' ||
      (direction === 'back' ? c.offsetAfter < c.offsetBefore : c.offsetAfter > c.offsetBefore),
  );
  const change = changes[0];
  if (!change) throw new Error(`${zone} has no clock change ahead`);
  return { ...change, day: dayIn(change.at, zone) };
}

export class SchedulePage {
  readonly grid: Locator;
  readonly panel: Locator;
  constructor(readonly page: Page) {
    this.grid = page.getByTestId('slot-grid');
    this.panel = page.getByTestId('booking-panel');
  }

  async open(
    params: Record<string, string>,
    options: { lang?: 'en' | 'es'; scheme?: 'light' | 'dark' } = {},
  ) {
    await openConsole(this.page, scheduleUrl(params), options);
    // The first load seeds the mock back end and fetches the page's chunks: a bound for a busy machine.
    await expect(this.grid).toBeVisible({ timeout: 60_000 });
  }

  freeCells(): Locator {
    return this.grid.locator('[data-state="free"]');
  }

  /** Picks the `index`-th free slot; answers its start (epoch ms) and its accessible label. */
  async pick(index = 0): Promise<{ start: number; label: string }> {
    const cell = this.freeCells().nth(index);
    const start = Number(await cell.getAttribute('data-slot-start'));
    const label = (await cell.getAttribute('aria-label')) ?? '';
    await cell.click();
    await expect(this.grid.locator(`[data-slot-start="${start}"]`)).toHaveAttribute('data-state', 'held');
    await expect(this.panel.or(this.page.getByTestId('reschedule-panel'))).toBeVisible();
    return { start, label };
  }

  async choosePatient(spid: string) {
    await this.panel.getByTestId('patient-input').fill(spid);
    await this.panel.getByTestId('find-patient').click();
    await this.panel.getByTestId('use-patient').click();
    await expect(this.panel.getByTestId('chosen-patient')).toBeVisible();
  }

  async addReason(reason: string) {
    const input = this.panel.getByTestId('reasons-input');
    await input.fill(reason);
    await input.press('Enter');
    await input.press('Escape');
  }

  confirm(): Locator {
    return this.panel.getByTestId('confirm-booking');
  }
}

/** The appointments of `room` starting at `start` (epoch ms) and not cancelled, from the page's mock back end. */
export async function bookingsAt(page: Page, room: string, start: number): Promise<number[]> {
  const day = new Date(start).toISOString().slice(0, 10);
  return page.evaluate(
    async ({ day, room, iso }) => {
      const text = await (
        await fetch(`/api/solo/qapi/v1/reports/csv-data-dump?from=${day}&to=${day}`)
      ).text();
      const [header = '', ...lines] = text.trim().split(/\r?\n/);
      const columns = header.split(',');
      const at = (cells: string[], name: string) => cells[columns.indexOf(name)] ?? '';
      return lines
        .map((line) => line.split(','))
        .filter(
          (cells) =>
            at(cells, 'start_time') === iso &&
            at(cells, 'waiting_room') === room &&
            at(cells, 'status') !== 'cancelled',
        )
        .map((cells) => Number(at(cells, 'appointment_id')));
    },
    { day, room, iso: `${new Date(start).toISOString().slice(0, 19)}+00:00` },
  );
}
