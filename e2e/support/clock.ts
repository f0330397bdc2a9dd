import type { Page } from '@playwright/test';
import { DEFAULT_TEST_NOW, parseInstant } from '../../mocks/clock';

/**
 * The one clock of the e2e suite. Every test's browser (and with it the in-page mock back ends) starts at
 * `pinnedNow()` (e2e/support/fixtures.ts), in `E2E_TIME_ZONE`, never the machine's date or zone.
 * `TEST_NOW` moves it (`npm run test:dates`). Specs compute every expected date from here: no literal
 * date that only holds in one month, and no `new Date()` / `Date.now()` outside this file.
 */

/** The browser's zone (playwright.config.ts `timezoneId`). Madrid: it changes its clocks, like London. */
export const E2E_TIME_ZONE = 'Europe/Madrid';
/** The browser's locale (playwright.config.ts `locale`). */
export const E2E_LOCALE = 'en-US';

/** The instant every test starts at. */
export function pinnedNow(): Date {
  return new Date(parseInstant(process.env.TEST_NOW || DEFAULT_TEST_NOW));
}

const dayInZone = new Intl.DateTimeFormat('en-CA', {
  timeZone: E2E_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `2026-03-10` plus `days` calendar days (any sign), as `YYYY-MM-DD`. */
export function addDays(isoDay: string, days: number): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

/** The calendar day in the browser's zone at the pinned instant, moved by `days`: `YYYY-MM-DD`. */
export function today(days = 0): string {
  return addDays(dayInZone.format(pinnedNow()), days);
}

/**
 * `today(days)`, moved on to the next Monday when it falls on a Saturday or a Sunday: the seeded Solo rooms
 * open on weekdays (New York on Saturday mornings too), and most of `npm run test:dates`' instants are on a
 * weekend. A spec that needs free slots on the day it opens asks for a workday.
 */
export function workday(days = 0): string {
  const day = today(days);
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(day, 2) : weekday === 0 ? addDays(day, 1) : day;
}

/** The calendar day in UTC at the pinned instant, moved by `days` (the mocks seed their days in UTC). */
export function utcToday(days = 0): string {
  return addDays(pinnedNow().toISOString().slice(0, 10), days);
}

/** How the console writes a calendar day (src/lib/format): "Mar 19, 2026", "19 mar 2026". */
export function formatDay(isoDay: string, locale: string = E2E_LOCALE): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

/** "nov 2026" in Spanish, "Nov 2026" in English: the month and year of a day as the console writes them. */
export function formatMonth(isoDay: string, locale: string = E2E_LOCALE): string {
  return formatDay(isoDay, locale)
    .replace(/^\d{1,2}\s+|\s+\d{1,2},/g, '')
    .trim();
}

/** The page's clock, the in-page mock back ends' clock, and the page's calendar day, read together. */
export async function readPageClock(page: Page) {
  return page.evaluate(() => {
    const before = Date.now();
    const mocks = Date.parse(window.__consoleMocks?.clock.now() ?? '');
    const after = Date.now();
    const day = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date());
    return { before, mocks, after, day };
  });
}
