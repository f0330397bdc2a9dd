import { describe, expect, it } from 'vitest';
import {
  decodePatientKey,
  encodePatientKey,
  identityOf,
  type PatientIdentity,
  PatientKeyError,
  tryDecodePatientKey,
} from './patient-key';

const ana: PatientIdentity[] = [
  { source: 'solo', kind: 'id', value: 'P-1001' },
  { source: 'solo', kind: 'spid', value: '48213' },
  { source: 'impilo', kind: 'id', value: '5f3e9c2a-1b7d-4c55-9a0e-3f1d2b6c7e80' },
  { source: 'eden', kind: 'mrn', value: 'HC 88/213, ñ' },
];

describe('patient key', () => {
  it('round-trips identities, whatever characters their values hold', () => {
    const key = encodePatientKey(ana);
    expect(decodePatientKey(key)).toEqual(expect.arrayContaining(ana));
    expect(decodePatientKey(key)).toHaveLength(ana.length);
  });

  it('is the same for the same set, in any order and with duplicates', () => {
    const reversed = [...ana].reverse();
    expect(encodePatientKey([...reversed, ana[0] as PatientIdentity])).toBe(encodePatientKey(ana));
  });

  it('survives being put in a URL query and a path segment', () => {
    const key = encodePatientKey(ana);
    const url = new URL(`https://console.example/patients/${encodeURIComponent(key)}?patient=x`);
    url.searchParams.set('patient', key);
    expect(url.searchParams.get('patient')).toBe(key);
    expect(decodeURIComponent(url.pathname.split('/')[2] ?? '')).toBe(key);
  });

  it('holds no character that would need a second encoding inside a value', () => {
    expect(encodePatientKey([{ source: 'eden', kind: 'mrn', value: 'a,b:c.d' }])).toBe(
      'eden.mrn:a%2Cb%3Ac.d',
    );
  });

  it('refuses keys that are not keys', () => {
    for (const bad of ['', 'solo', 'solo.id', 'solo.id:', 'mars.id:1', 'solo.name:Ana', 'solo.id:%E0%A4%A']) {
      expect(() => decodePatientKey(bad), bad).toThrow(PatientKeyError);
      expect(tryDecodePatientKey(bad)).toBeNull();
    }
    expect(() => encodePatientKey([{ source: 'solo', kind: 'id', value: '  ' }])).toThrow(PatientKeyError);
  });

  it('finds the identity of a source and kind', () => {
    expect(identityOf(ana, 'solo', 'spid')?.value).toBe('48213');
    expect(identityOf(ana, 'impilo')?.kind).toBe('id');
    expect(identityOf(ana, 'scan')).toBeUndefined();
  });
});
