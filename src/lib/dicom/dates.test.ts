import { describe, expect, it } from 'vitest';
import { normalizeDicomDate, shiftDicomDate, shiftDicomDateTime } from './dates';

describe('DICOM dates', () => {
  it('reads both the current and the old dotted form, and refuses impossible dates', () => {
    expect(normalizeDicomDate('19930430')).toBe('19930430');
    expect(normalizeDicomDate('1993.04.30')).toBe('19930430');
    expect(normalizeDicomDate('19930231')).toBe('');
    expect(normalizeDicomDate('UNKNOWN')).toBe('');
  });

  it('shifts by whole calendar days across months, years and leap days', () => {
    expect(shiftDicomDate('20240105', -100)).toBe('20230927');
    expect(shiftDicomDate('2024.03.01', -1)).toBe('20240229');
    expect(shiftDicomDate('20231231', 1)).toBe('20240101');
  });

  it('shifts the date part of a date-time and keeps the rest, at its precision', () => {
    expect(shiftDicomDateTime('20240105101500.123+0100', -5)).toBe('20231231101500.123+0100');
    expect(shiftDicomDateTime('2024', -400)).toBe('2023');
    expect(shiftDicomDateTime('202403', -31)).toBe('202402');
  });
});
