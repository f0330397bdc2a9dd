import { describe, expect, it } from 'vitest';
import { recognizeQuery } from '@/lib/patients/query-recognition';
import { planSearch, type VendorPlan } from './search-plan';

const plan = (text: string, context = { scanSession: true }, locale = 'en') =>
  Object.fromEntries(planSearch(recognizeQuery(text, locale), context).map((p) => [p.vendor, p])) as Record<
    VendorPlan['vendor'],
    VendorPlan
  >;

describe('search plan', () => {
  it('asks nobody for an empty box', () => {
    expect(Object.values(plan(' ')).every((p) => !p.asked && p.reason === 'emptyQuery')).toBe(true);
  });

  it('sends a name to PostDICOM, Impilo and Scan.com; Eden and Solo are not asked, with the reason', () => {
    const p = plan('garcía');
    // DICOM names are plain ASCII: PostDICOM is asked without the accent.
    expect(p.postdicom).toEqual({
      vendor: 'postdicom',
      asked: true,
      criteria: [{ field: 'patientName', value: 'garcia' }],
    });
    // As typed, and without its accents (records typed without them are common).
    expect(p.impilo).toMatchObject({
      asked: true,
      criteria: [
        { field: 'name', value: 'garcía' },
        { field: 'name', value: 'garcia' },
      ],
    });
    expect(p.scan).toMatchObject({ asked: true, criteria: [{ field: 'name' }] });
    expect(p.eden).toEqual({ vendor: 'eden', asked: false, reason: 'edenIdentifierOnly' });
    expect(p.solo).toEqual({ vendor: 'solo', asked: false, reason: 'soloIdOnly' });
  });

  it('asks for the longest word of a name of several words, and matches every word in the console', () => {
    const p = plan('José García');
    expect(p.postdicom).toMatchObject({
      criteria: [{ field: 'patientName', value: 'Garcia', match: 'José García' }],
    });
    expect(p.impilo).toMatchObject({
      criteria: [
        { field: 'name', value: 'García', match: 'José García' },
        { field: 'name', value: 'Garcia', match: 'José García' },
      ],
    });
  });

  it('sends an identifier to every vendor its own way', () => {
    const p = plan('MRN-0012345');
    expect(p.postdicom).toMatchObject({
      criteria: [
        { field: 'patientId', value: 'MRN-0012345' },
        { field: 'accessionNumber', value: 'MRN-0012345' },
      ],
    });
    expect(p.impilo).toMatchObject({ criteria: [{ field: 'externalIdentifier', value: 'MRN-0012345' }] });
    expect(p.eden).toMatchObject({ criteria: [{ field: 'patient_identifier', value: 'MRN-0012345' }] });
    expect(p.solo).toMatchObject({ criteria: [{ field: 'id', value: 'MRN-0012345' }] });
    expect(p.scan).toEqual({ vendor: 'scan', asked: false, reason: 'scanFields' });
  });

  it('looks a number up as a Solo id and an SPID, and an accession number only up to 16 characters', () => {
    expect(plan('100045').solo).toMatchObject({
      criteria: [
        { field: 'id', value: '100045' },
        { field: 'spid', value: '100045' },
      ],
    });
    expect(plan('AN-12345678901234567').postdicom).toMatchObject({ criteria: [{ field: 'patientId' }] });
  });

  it('sends a birth date, an email and a phone where they can be searched', () => {
    expect(plan('1980-05-12').impilo).toMatchObject({
      criteria: [{ field: 'dateOfBirth', value: '1980-05-12' }],
    });
    expect(plan('1980-05-12').postdicom).toEqual({
      vendor: 'postdicom',
      asked: false,
      reason: 'postDicomFields',
    });
    expect(plan('ana@example.org').impilo).toMatchObject({ criteria: [{ field: 'email' }] });
    expect(plan('+52 55 1234 5678').impilo).toEqual({
      vendor: 'impilo',
      asked: false,
      reason: 'impiloFields',
    });
    expect(plan('+52 55 1234 5678').scan).toMatchObject({
      criteria: [{ field: 'phone', value: '+525512345678' }],
    });
  });

  it('does not ask Scan.com without a user, nor a vendor left out by the filter', () => {
    expect(plan('garcía', { scanSession: false }).scan).toEqual({
      vendor: 'scan',
      asked: false,
      reason: 'scanNoSession',
    });
    const filtered = plan('garcía', { scanSession: true, vendors: ['impilo'] } as never);
    expect(filtered.postdicom).toEqual({ vendor: 'postdicom', asked: false, reason: 'excluded' });
    expect(filtered.impilo.asked).toBe(true);
  });
});
