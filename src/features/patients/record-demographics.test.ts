import { describe, expect, it } from 'vitest';
import type { Person } from '@/api/people/model';
import { compareDemographics, demographicColumns } from './record-demographics';

function person(partial: Partial<Person> & Pick<Person, 'source' | 'recordId'>): Person {
  return {
    givenNames: 'José',
    firstSurname: 'García',
    secondSurname: 'López',
    birthDate: '1980-05-12',
    sex: 'M',
    emails: ['jose@example.org'],
    phones: ['+52 5512345678'],
    addresses: [],
    identifiers: [],
    activity: { kind: 'patient', modalities: [], date: null, description: null, status: null },
    record: {} as Person['record'],
    ...partial,
  };
}

describe('demographics side by side', () => {
  it('keeps the newest order of each order source, every patient record, in vendor order', () => {
    const order = (recordId: string, date: string) =>
      person({
        source: 'postdicom',
        recordId,
        activity: { kind: 'order', modalities: [], date, description: null, status: null },
      });
    const columns = demographicColumns([
      order('o2', '2026-02-01'),
      order('o1', '2026-01-01'),
      person({ source: 'solo', recordId: 'P-1' }),
    ]);
    expect(columns.map((c) => c.recordId)).toEqual(['P-1', 'o2']);
  });

  it('tells same, written differently, missing and differing fields apart', () => {
    const rows = compareDemographics([
      person({ source: 'solo', recordId: 'P-1', phones: ['5512345678'] }),
      person({
        source: 'postdicom',
        recordId: 'o1',
        givenNames: 'JOSE',
        secondSurname: null,
        emails: [],
        birthDate: '1980-05-21',
      }),
    ]);
    const by = Object.fromEntries(rows.map((row) => [row.field, row]));
    expect(by.givenNames?.agreement).toBe('written');
    expect(by.firstSurname?.agreement).toBe('same');
    expect(by.secondSurname?.agreement).toBe('missing');
    expect(by.birthDate?.agreement).toBe('differs');
    expect(by.phones?.agreement).toBe('written'); // the same number, with and without the country code
    expect(by.emails?.agreement).toBe('missing');
    expect(by.address?.agreement).toBe('none');
  });

  it('marks the odd one out when most sources agree', () => {
    const rows = compareDemographics([
      person({ source: 'solo', recordId: 'a' }),
      person({ source: 'impilo', recordId: 'b' }),
      person({ source: 'eden', recordId: 'c', birthDate: '1981-05-12' }),
    ]);
    expect(rows.find((row) => row.field === 'birthDate')?.odd).toEqual([false, false, true]);
  });
});
