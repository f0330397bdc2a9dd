import { afterEach, describe, expect, it } from 'vitest';
import {
  clearRecentPatients,
  getRecentPatients,
  MAX_RECENT_PATIENTS,
  rememberRecentPatient,
} from './recent-patients';

const patient = (n: number) => ({
  key: `solo.id:P-${n}`,
  name: `Patient ${n}`,
  birthDate: null,
  sources: ['solo' as const],
});

afterEach(() => clearRecentPatients());

describe('recent patients', () => {
  it('keeps the newest first, once each, at most ten', () => {
    for (let n = 1; n <= 12; n++) rememberRecentPatient(patient(n));
    rememberRecentPatient(patient(5));
    const keys = getRecentPatients().map((p) => p.key);
    expect(keys).toHaveLength(MAX_RECENT_PATIENTS);
    expect(keys[0]).toBe('solo.id:P-5');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is memory only: nothing in any storage, and cleared on demand', () => {
    rememberRecentPatient(patient(1));
    expect(JSON.stringify({ ...localStorage })).not.toContain('P-1');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('P-1');
    clearRecentPatients();
    expect(getRecentPatients()).toEqual([]);
  });
});
