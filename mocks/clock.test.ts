import dayjs from 'dayjs';
import { afterEach, describe, expect, it } from 'vitest';
import { clockShiftMs, DEFAULT_TEST_NOW, mockNow, parseInstant, setMockNow, startClockAt } from './clock';

const pinned = parseInstant(process.env.TEST_NOW || DEFAULT_TEST_NOW);
// What the set-up (src/test/pin-clock.ts) pinned; put back after each test that moves it.
const shiftAtStart = clockShiftMs();

afterEach(() => {
  setMockNow(null);
  startClockAt(Date.now() - clockShiftMs() + shiftAtStart);
});

describe('the pinned test clock', () => {
  it('starts every test file at TEST_NOW and runs on from there, in the fixed zone', () => {
    // The zone the config chose (TEST_TZ, else UTC), never the machine's.
    const expected = new Intl.DateTimeFormat('en', { timeZone: process.env.TEST_TZ || 'UTC' });
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected.resolvedOptions().timeZone);
    // This file started at the pinned instant, whatever the machine's clock says: no more time has
    // passed since then than the process has lived.
    expect(Date.now()).toBeGreaterThanOrEqual(pinned);
    expect(Date.now() - pinned).toBeLessThanOrEqual(process.uptime() * 1000 + 1);
  });

  it('is what the app, dayjs and the mocks all read', () => {
    const readings = {
      // biome-ignore lint/complexity/useDateNow: the constructor is what is tested here.
      constructor: () => new Date().getTime(),
      dayjs: () => dayjs().valueOf(),
      mocks: () => mockNow().getTime(),
    };
    for (const [what, read] of Object.entries(readings)) {
      const before = Date.now();
      const reading = read();
      const after = Date.now();
      expect(reading, what).toBeGreaterThanOrEqual(before);
      expect(reading, what).toBeLessThanOrEqual(after);
    }
    expect(new Date(2026, 0, 31).getDate()).toBe(31);
    expect(new Date('2028-02-29T12:00:00Z').toISOString()).toBe('2028-02-29T12:00:00.000Z');
    expect(Date.UTC(2026, 2, 29)).toBe(parseInstant('2026-03-29T00:00:00Z'));
    expect(typeof Date()).toBe('string');
  });

  it('keeps `instanceof Date` true for dates made before and after the shift', () => {
    const before = new Date(0);
    startClockAt('2030-01-01T00:00:00Z');
    expect(before).toBeInstanceOf(Date);
    expect(new Date()).toBeInstanceOf(Date);
    expect(Object.prototype.toString.call(new Date())).toBe('[object Date]');
  });
});

describe('startClockAt', () => {
  it('moves Date to the instant, and time runs on', async () => {
    const target = parseInstant('2028-02-29T23:30:00Z');
    const before = performance.now();
    startClockAt(target);
    const first = Date.now();
    expect(first - target).toBeGreaterThanOrEqual(0);
    expect(first - target).toBeLessThanOrEqual(performance.now() - before + 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(Date.now()).toBeGreaterThan(first);
    expect(mockNow().toISOString().slice(0, 10)).toBe('2028-02-29');
  });

  it('refuses what is not an instant', () => {
    expect(() => startClockAt('2026-02-30T10:00:00Z')).toThrow(RangeError);
    expect(() => startClockAt('tomorrow')).toThrow(RangeError);
  });
});

describe('setMockNow', () => {
  it('freezes the mocks alone, and null lets them follow Date again', () => {
    setMockNow('2026-11-21T12:00:00Z');
    expect(mockNow().toISOString()).toBe('2026-11-21T12:00:00.000Z');
    const dayAgo = Date.now() - 86_400_000;
    setMockNow(dayAgo);
    expect(mockNow().getTime()).toBe(dayAgo);
    setMockNow(null);
    const before = Date.now();
    expect(mockNow().getTime()).toBeGreaterThanOrEqual(before);
    expect(mockNow().getTime()).toBeLessThanOrEqual(Date.now());
  });
});
