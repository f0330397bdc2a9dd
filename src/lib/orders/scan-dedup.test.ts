import { describe, expect, it } from 'vitest';
import {
  findScanEarlierAttempt,
  SCAN_DEDUP_CLOCK_SKEW_MS,
  SCAN_DEDUP_WINDOW_MS,
  type ScanReferralSeen,
  sameScanPatient,
} from './scan-dedup';

const sentAt = Date.parse('2026-03-10T14:00:00Z');
const patient = {
  firstName: 'María José',
  lastName: 'Núñez García',
  dateOfBirth: '1985-02-28',
  email: 'mj@example.com',
};
const attempt = { patient, modality: 'MRI', firstSentAt: sentAt };
const seen = (
  id: string,
  minutesAfterSend: number,
  patch: Partial<ScanReferralSeen> = {},
): ScanReferralSeen => ({
  id,
  patient,
  modality: 'MRI',
  createdAt: new Date(sentAt + minutesAfterSend * 60_000).toISOString(),
  ...patch,
});
const now = sentAt + 5 * 60_000;

describe('Scan.com de-duplication rule', () => {
  it('finds the referral an earlier send created, the newest when there are several', () => {
    expect(findScanEarlierAttempt(attempt, [seen('a', 0.1)], now)).toBe('a');
    expect(findScanEarlierAttempt(attempt, [seen('a', 0.1), seen('b', 2), seen('c', 1)], now)).toBe('b');
    expect(findScanEarlierAttempt(attempt, [], now)).toBeNull();
  });

  it('the same patient: names without case, accents or extra spaces, or the email; the birth date always', () => {
    const loose = { ...patient, firstName: ' maria  jose ', lastName: 'NUNEZ GARCIA', email: null };
    expect(sameScanPatient(patient, loose)).toBe(true);
    expect(sameScanPatient(patient, { ...patient, firstName: 'Ana', email: 'MJ@EXAMPLE.COM' })).toBe(true);
    expect(sameScanPatient(patient, { ...patient, dateOfBirth: '1985-02-27' })).toBe(false);
    expect(sameScanPatient(patient, { ...patient, lastName: 'Núñez', email: 'other@example.com' })).toBe(
      false,
    );
    expect(
      sameScanPatient({ ...patient, firstName: '', email: '' }, { ...patient, firstName: '', email: '' }),
    ).toBe(false);
    expect(
      findScanEarlierAttempt(
        attempt,
        [seen('x', 1, { patient: { ...patient, dateOfBirth: '1990-01-01' } })],
        now,
      ),
    ).toBeNull();
  });

  it('another modality is another referral', () => {
    expect(
      findScanEarlierAttempt(
        attempt,
        [seen('ct', 1, { modality: 'CT' }), seen('none', 1, { modality: null })],
        now,
      ),
    ).toBeNull();
  });

  it('a referral made before this attempt was sent is never taken for it (beyond the clock skew)', () => {
    expect(findScanEarlierAttempt(attempt, [seen('old', -60)], now)).toBeNull();
    expect(findScanEarlierAttempt(attempt, [seen('skewed', -1)], now)).toBe('skewed');
    expect(
      findScanEarlierAttempt(attempt, [seen('edge', -SCAN_DEDUP_CLOCK_SKEW_MS / 60_000 - 0.01)], now),
    ).toBeNull();
  });

  it('only within the window before now, and not from the future beyond the skew', () => {
    const late = sentAt + SCAN_DEDUP_WINDOW_MS + 60_000;
    expect(findScanEarlierAttempt(attempt, [seen('a', 0)], late)).toBeNull();
    expect(findScanEarlierAttempt(attempt, [seen('a', 0)], sentAt + SCAN_DEDUP_WINDOW_MS)).toBe('a');
    expect(findScanEarlierAttempt(attempt, [seen('future', 10)], now)).toBeNull();
    expect(findScanEarlierAttempt(attempt, [seen('bad', 0, { createdAt: 'yesterday' })], now)).toBeNull();
  });
});
