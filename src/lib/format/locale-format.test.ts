import { describe, expect, it } from 'vitest';
import { formatInstant, formatLocalDate, formatLocalTime, formatNumber } from './locale-format';

describe('locale formatting', () => {
  it('formats a zone-less date as written, in each language', () => {
    expect(formatLocalDate('2026-03-01', 'en')).toBe('Mar 1, 2026');
    expect(formatLocalDate('2026-03-01', 'es')).toBe('1 mar 2026');
    expect(formatLocalDate('not-a-date', 'en')).toBe('not-a-date');
  });
  it('formats a wall-clock time without shifting it', () => {
    expect(formatLocalTime('14:05:00', 'es')).toBe('14:05');
    expect(formatLocalTime('14:05:00', 'en')).toMatch(/^2:05\sPM$/);
    expect(formatLocalTime('bad', 'en')).toBe('bad');
  });
  it('formats instants in a given zone and numbers per locale', () => {
    expect(formatInstant('2026-11-21T12:00:00Z', 'en', 'America/Mexico_City')).toMatch(
      /Nov 21, 2026.*6:00\sAM/,
    );
    expect(formatNumber(1234.5, 'es')).toBe('1234,5');
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
  });
});
