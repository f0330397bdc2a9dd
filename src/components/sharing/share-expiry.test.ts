import { describe, expect, it } from 'vitest';
import {
  addIsoDays,
  daysBetween,
  formatRelativeDays,
  isoDayIn,
  isUsableExpiry,
  resolveShareExpiry,
  shareExpiryStatus,
} from './share-expiry';

describe('share expiry', () => {
  it('reads today in the user’s zone, not in UTC', () => {
    const lateEvening = new Date('2026-03-10T23:30:00Z');
    expect(isoDayIn(lateEvening, 'UTC')).toBe('2026-03-10');
    expect(isoDayIn(lateEvening, 'Europe/Madrid')).toBe('2026-03-11');
    expect(isoDayIn(lateEvening, 'America/New_York')).toBe('2026-03-10');
  });

  it('adds calendar days across months, years and leap days', () => {
    expect(addIsoDays('2026-03-10', 7)).toBe('2026-03-17');
    expect(addIsoDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addIsoDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addIsoDays('2026-03-10', 90)).toBe('2026-06-08');
    expect(daysBetween('2026-03-10', '2026-06-08')).toBe(90);
    expect(daysBetween('2026-03-10', '2026-03-08')).toBe(-2);
  });

  it('turns the presets and a custom day into the vendor’s YYYY-MM-DD', () => {
    expect(resolveShareExpiry('7', '', '2026-03-10')).toBe('2026-03-17');
    expect(resolveShareExpiry('30', '', '2026-03-10')).toBe('2026-04-09');
    expect(resolveShareExpiry('90', '', '2026-03-10')).toBe('2026-06-08');
    expect(resolveShareExpiry('date', ' 2026-05-01 ', '2026-03-10')).toBe('2026-05-01');
    expect(resolveShareExpiry('none', '2026-05-01', '2026-03-10')).toBeNull();
  });

  it('refuses a day in the past or a day that does not exist', () => {
    expect(isUsableExpiry('2026-03-10', '2026-03-10')).toBe(true);
    expect(isUsableExpiry('2026-03-09', '2026-03-10')).toBe(false);
    expect(isUsableExpiry('2026-02-30', '2026-01-10')).toBe(false);
    expect(isUsableExpiry('10/03/2026', '2026-01-10')).toBe(false);
  });

  it('says expired, about to expire, active or without expiry', () => {
    const today = '2026-03-10';
    expect(shareExpiryStatus(null, today)).toEqual({ state: 'none', daysLeft: null });
    expect(shareExpiryStatus('2026-03-09', today)).toEqual({ state: 'expired', daysLeft: -1 });
    expect(shareExpiryStatus('2026-03-10', today)).toEqual({ state: 'soon', daysLeft: 0 });
    expect(shareExpiryStatus('2026-03-12', today)).toEqual({ state: 'soon', daysLeft: 2 });
    expect(shareExpiryStatus('2026-03-13', today)).toEqual({ state: 'active', daysLeft: 3 });
  });

  it('says the days left in the user’s language', () => {
    expect(formatRelativeDays(3, 'en')).toBe('in 3 days');
    expect(formatRelativeDays(1, 'en')).toBe('tomorrow');
    expect(formatRelativeDays(0, 'en')).toBe('today');
    expect(formatRelativeDays(-2, 'en')).toBe('2 days ago');
    expect(formatRelativeDays(3, 'es')).toBe('dentro de 3 días');
    expect(formatRelativeDays(1, 'es')).toBe('mañana');
  });
});
