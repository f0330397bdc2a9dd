import { describe, expect, it } from 'vitest';
import { HOSPITAL_MRN_SYSTEM, identityMatchValue, identitySystem, isPersonIdentity } from './identity-system';

describe('identity systems', () => {
  it('puts every vendor field holding the hospital MRN in one system', () => {
    expect(identitySystem({ source: 'eden', kind: 'mrn', value: 'x' })).toBe(HOSPITAL_MRN_SYSTEM);
    expect(identitySystem({ source: 'solo', kind: 'mrn', value: 'x' })).toBe(HOSPITAL_MRN_SYSTEM);
    expect(identitySystem({ source: 'impilo', kind: 'mrn', value: 'x' })).toBe(HOSPITAL_MRN_SYSTEM);
    expect(identitySystem({ source: 'postdicom', kind: 'patient-id', value: 'x' })).toBe(HOSPITAL_MRN_SYSTEM);
  });

  it('keeps vendor ids in systems of their own', () => {
    expect(identitySystem({ source: 'solo', kind: 'id', value: 'x' })).toBe('solo.id');
    expect(identitySystem({ source: 'impilo', kind: 'id', value: 'x' })).toBe('impilo.id');
    expect(identitySystem({ source: 'solo', kind: 'spid', value: '1' })).toBe('solo.spid');
  });

  it('tells person identities from record references', () => {
    expect(isPersonIdentity({ source: 'eden', kind: 'order', value: 'x' })).toBe(false);
    expect(isPersonIdentity({ source: 'scan', kind: 'referral', value: '1' })).toBe(false);
    expect(isPersonIdentity({ source: 'solo', kind: 'spid', value: '1' })).toBe(true);
  });

  it('compares MRNs without case or surrounding spaces, vendor ids as written', () => {
    expect(identityMatchValue({ source: 'eden', kind: 'mrn', value: ' mrn-1 ' })).toBe('MRN-1');
    expect(identityMatchValue({ source: 'solo', kind: 'id', value: 'p-1' })).toBe('p-1');
  });
});
