import { describe, expect, it } from 'vitest';
import { dateLayout, dateProblem, formatDateText, isRealDate, localToday, parseDateText } from './date-text';

describe('date text', () => {
  it('reads the locale’s order: day first in Spanish, month first in English', () => {
    expect(dateLayout('es')).toEqual({ order: ['day', 'month', 'year'], separator: '/' });
    expect(dateLayout('en')).toEqual({ order: ['month', 'day', 'year'], separator: '/' });
  });

  it('shows an ISO value in the locale’s format, and anything else as it was typed', () => {
    expect(formatDateText('1985-02-28', 'es')).toBe('28/02/1985');
    expect(formatDateText('1985-02-28', 'en')).toBe('02/28/1985');
    // A day that does not exist is still shown as the user typed it, not rolled into March.
    expect(formatDateText('2026-02-30', 'es')).toBe('30/02/2026');
    expect(formatDateText('31/1', 'es')).toBe('31/1');
    expect(formatDateText('', 'es')).toBe('');
  });

  it('turns what is typed into ISO, in the locale’s order, with any usual separator', () => {
    expect(parseDateText('28/02/1985', 'es')).toBe('1985-02-28');
    expect(parseDateText('2.3.1985', 'es')).toBe('1985-03-02');
    expect(parseDateText('2-3-1985', 'en')).toBe('1985-02-03');
    expect(parseDateText(' 1985-02-28 ', 'en')).toBe('1985-02-28');
    expect(parseDateText('', 'es')).toBe('');
  });

  it('keeps a well-formed day that does not exist, for the form to say so, and never guesses', () => {
    expect(parseDateText('30/02/2026', 'es')).toBe('2026-02-30');
    expect(parseDateText('30/02/26', 'es')).toBe('30/02/26');
    expect(parseDateText('28 feb 1985', 'es')).toBe('28 feb 1985');
    expect(parseDateText('123/02/1985', 'es')).toBe('123/02/1985');
  });

  it('names the problem of a value', () => {
    expect(dateProblem('')).toBeNull();
    expect(dateProblem('2024-02-29')).toBeNull();
    expect(dateProblem('2026-02-30')).toBe('validation.dateNotExist');
    expect(dateProblem('2023-02-29')).toBe('validation.dateNotExist');
    expect(dateProblem('2026-13-01')).toBe('validation.dateNotExist');
    expect(dateProblem('30/02')).toBe('validation.dateFormat');
    expect(isRealDate('2026-12-31')).toBe(true);
  });

  it('gives today on the wall clock, not in UTC', () => {
    expect(localToday(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
    expect(localToday(new Date(2024, 1, 29, 0, 5))).toBe('2024-02-29');
  });
});
