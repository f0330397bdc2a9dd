/**
 * The mock back ends' clock, and the one way to pin the console's clock in mock builds and tests.
 *
 * Every mock reads `mockNow()`, which is `Date.now()`: the mocks run in the same page (or Node process)
 * as the code under test, so pinning that page's or process's clock pins both. One clock, not two that
 * must be kept in step.
 * - Playwright pins the page with `page.clock` (e2e/support/fixtures.ts).
 * - `startClockAt(instant)` moves `Date` to `instant`, from where time runs on at its normal pace:
 *   mock builds at boot (`?mockNow=…`, `VITE_MOCK_NOW`, see mocks/browser.ts), the unit-test set-up
 *   (`TEST_NOW`, default `DEFAULT_TEST_NOW`).
 * - `setMockNow(instant)` freezes the mocks' clock alone, for a unit test that needs an exact instant;
 *   `startMockClockAt(instant)` moves it alone and lets it run (the gateway's test stack).
 * Seeded data are laid out relative to `mockNow()` when a store is first used.
 */

/** The instant tests run at unless `TEST_NOW` says otherwise: a Tuesday, 14:00 UTC. */
export const DEFAULT_TEST_NOW = '2026-03-10T14:00:00.000Z';

let frozen: number | null = null;
let mockOffsetMs = 0;

export function mockNow(): Date {
  return new Date(frozen ?? Date.now() + mockOffsetMs);
}

/**
 * Moves the mock back ends' clock alone to `instant`, from where it runs on (the rest of the process keeps
 * the real time): the gateway's test stack serves fake vendors at the browser's pinned instant while the
 * gateway and its sign-in cookies stay on the real clock that the browser's cookie store reads.
 */
export function startMockClockAt(instant: Date | string | number): void {
  mockOffsetMs = parseInstant(instant) - Date.now();
}

/** Freezes the mock back ends' clock at `date` (not the code under test's); `null` lets it follow `Date` again. */
export function setMockNow(date: Date | string | number | null): void {
  frozen = date === null ? null : parseInstant(date);
}

/** Milliseconds since the epoch; throws on anything that is not an instant (`2026-02-30` included). */
export function parseInstant(value: Date | string | number): number {
  const time = new Date(value).getTime();
  const [, year, month, day] =
    typeof value === 'string' ? (/^(\d{4})-(\d{2})-(\d{2})/.exec(value) ?? []) : [];
  const dayExists =
    !day || new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDate() === Number(day);
  if (Number.isNaN(time) || !dayExists) throw new RangeError(`Not a date or instant: ${String(value)}`);
  return time;
}

const NativeDate = Date;
let offsetMs = 0;
let shifted = false;

function shiftedNow(): number {
  return NativeDate.now() + offsetMs;
}

function installShiftedDate(): void {
  if (shifted) return;
  shifted = true;
  // A constructor function, not a subclass: it hands back native dates and shares their prototype, so
  // `instanceof Date` and every method hold for dates made before and after, by anyone.
  function ShiftedDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new NativeDate(shiftedNow()).toString();
    if (args.length === 0) return new NativeDate(shiftedNow());
    return new (NativeDate as unknown as new (...a: unknown[]) => Date)(...args);
  }
  ShiftedDate.prototype = NativeDate.prototype;
  ShiftedDate.now = shiftedNow;
  ShiftedDate.parse = NativeDate.parse;
  ShiftedDate.UTC = NativeDate.UTC;
  globalThis.Date = ShiftedDate as unknown as DateConstructor;
}

/**
 * Moves this page's or process's clock to `instant`; time runs on from there. Timers are untouched
 * (a timeout still waits as long), only what `Date` says changes (`Intl…format()` with no date still
 * reads the real time: the console always passes one). Call it before the first store is seeded.
 */
export function startClockAt(instant: Date | string | number): void {
  const target = parseInstant(instant);
  installShiftedDate();
  offsetMs = target - NativeDate.now();
}

/** How far `startClockAt` moved the clock (0 when it did not). */
export function clockShiftMs(): number {
  return offsetMs;
}
