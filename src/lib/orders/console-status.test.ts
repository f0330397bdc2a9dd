import { describe, expect, it } from 'vitest';
import {
  consoleStatuses,
  edenConsoleStatus,
  impiloConsoleStatus,
  postDicomConsoleStatus,
  scanConsoleStatus,
} from './console-status';

describe('console statuses', () => {
  it('maps every Eden and Impilo status, and an unknown word to "unknown"', () => {
    const edenAll = [
      'NEW',
      'PATIENT_ARRIVED',
      'IN_PROCESS',
      'COMPLETED',
      'READING_PENDING',
      'SIGNED',
      'ADDENDUM_SIGNED',
      'CANCELLED',
    ];
    expect(edenAll.map(edenConsoleStatus)).toEqual([
      'requested',
      'in-progress',
      'in-progress',
      'reporting',
      'reporting',
      'completed',
      'completed',
      'cancelled',
    ]);
    expect(['RECEIVED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED'].map(impiloConsoleStatus)).toEqual([
      'requested',
      'in-progress',
      'in-progress',
      'completed',
      'cancelled',
    ]);
    expect(edenConsoleStatus('ARCHIVED')).toBe('unknown');
    expect(impiloConsoleStatus('')).toBe('unknown');
    for (const s of [...edenAll.map(edenConsoleStatus)]) expect(consoleStatuses).toContain(s);
  });

  it('PostDICOM: images make it "reporting", none "requested", unknown count "unknown"', () => {
    expect(postDicomConsoleStatus(0)).toBe('requested');
    expect(postDicomConsoleStatus(12)).toBe('reporting');
    expect(postDicomConsoleStatus(undefined)).toBe('unknown');
  });

  it('maps Scan.com statuses: draft and submitted wait ("requested"), confirmed is booked ("in progress")', () => {
    expect(['draft', 'submitted', 'confirmed'].map(scanConsoleStatus)).toEqual([
      'requested',
      'requested',
      'in-progress',
    ]);
    // Scan.com's words are lower case: another spelling is not guessed at.
    expect(scanConsoleStatus('CONFIRMED')).toBe('unknown');
    expect(scanConsoleStatus('cancelled')).toBe('unknown');
  });
});
