import { describe, expect, it } from 'vitest';
import { decodePatientKey, type PatientIdentity } from '@/lib/patients/patient-key';
import { groupIdentities, groupPatientKey, groupPeople, groupSources } from './grouping';
import type { Person } from './model';

let serial = 0;
function record(partial: Partial<Person> & Pick<Person, 'source'>): Person {
  serial++;
  const recordId = partial.recordId ?? `r${serial}`;
  return {
    recordId,
    givenNames: 'José',
    firstSurname: 'García',
    secondSurname: 'López',
    birthDate: '1980-05-12',
    sex: 'M',
    emails: [],
    phones: [],
    addresses: [],
    identifiers: [],
    activity: { kind: 'patient', modalities: [], date: null, description: null, status: null },
    record: { vendor: 'scan' } as Person['record'],
    ...partial,
  };
}
const mrn = (source: PatientIdentity['source'], value: string): PatientIdentity =>
  source === 'postdicom' ? { source, kind: 'patient-id', value } : { source, kind: 'mrn', value };

describe('grouping people', () => {
  it('links records sharing an MRN across vendors, whatever each vendor calls it, as the same person', () => {
    const groups = groupPeople([
      record({
        source: 'solo',
        recordId: 'P-1',
        identifiers: [{ source: 'solo', kind: 'id', value: 'P-1' }, mrn('solo', 'MRN-1')],
      }),
      record({ source: 'eden', recordId: 'e1', givenNames: 'JOSE', identifiers: [mrn('eden', 'mrn-1')] }),
      record({
        source: 'postdicom',
        recordId: 'o1',
        birthDate: '1990-01-01',
        identifiers: [mrn('postdicom', 'MRN-1')],
      }),
      record({ source: 'impilo', recordId: 'i9', givenNames: 'Ana', identifiers: [mrn('impilo', 'MRN-2')] }),
    ]);
    expect(groups.map((g) => [g.kind, g.records.length])).toEqual([
      ['same', 3],
      ['single', 1],
    ]);
    const same = groups[0];
    expect(same && groupSources(same)).toEqual(['solo', 'eden', 'postdicom']);
  });

  it('joins clusters with the same normalized name and birth date as possible only', () => {
    const groups = groupPeople([
      record({ source: 'solo', identifiers: [mrn('solo', 'MRN-1')] }),
      record({ source: 'scan', givenNames: 'JOSE', firstSurname: 'GARCIA', secondSurname: null }),
      record({
        source: 'impilo',
        givenNames: 'Garcia',
        firstSurname: 'Jose',
        identifiers: [mrn('impilo', 'MRN-7')],
      }),
      // Same name, another birth date: another person.
      record({ source: 'eden', birthDate: '1981-05-12', identifiers: [mrn('eden', 'MRN-9')] }),
    ]);
    expect(groups.map((g) => [g.kind, g.clusters.length, g.records.length])).toEqual([
      ['single', 1, 1],
      ['possible', 3, 3],
    ]);
  });

  it('splits a possible group when asked, and says where each part came from', () => {
    const records = [
      record({ source: 'solo', identifiers: [mrn('solo', 'MRN-1')] }),
      record({ source: 'scan' }),
    ];
    const [possible] = groupPeople(records);
    expect(possible?.kind).toBe('possible');
    const split = groupPeople(records, new Set([possible?.key ?? '']));
    expect(split.map((g) => [g.kind, g.splitFrom])).toEqual([
      ['single', possible?.key],
      ['single', possible?.key],
    ]);
  });

  it('never links on order or referral ids, and keeps one copy of a record', () => {
    const a = record({
      source: 'eden',
      recordId: 'e1',
      identifiers: [{ source: 'eden', kind: 'order', value: 'e1' }],
      birthDate: null,
    });
    const groups = groupPeople([
      a,
      { ...a },
      record({
        source: 'postdicom',
        birthDate: null,
        identifiers: [{ source: 'postdicom', kind: 'order', value: 'e1' }],
      }),
    ]);
    expect(groups.map((g) => g.records.length)).toEqual([1, 1]);
  });

  it('gives a key of person ids, with the order or referral of records without one', () => {
    const [group] = groupPeople([
      record({
        source: 'solo',
        identifiers: [{ source: 'solo', kind: 'id', value: 'P-1' }, mrn('solo', 'MRN-1')],
      }),
      record({
        source: 'postdicom',
        identifiers: [{ source: 'postdicom', kind: 'order', value: 'o1' }, mrn('postdicom', 'MRN-1')],
      }),
      record({
        source: 'scan',
        recordId: '1001',
        identifiers: [{ source: 'scan', kind: 'referral', value: '1001' }],
      }),
    ]);
    if (!group) throw new Error('no group');
    expect(
      decodePatientKey(groupPatientKey(group))
        .map((i) => `${i.source}.${i.kind}`)
        .sort(),
    ).toEqual(['postdicom.patient-id', 'scan.referral', 'solo.id', 'solo.mrn']);
    expect(groupIdentities(group)).toHaveLength(5);
  });

  it('groups 10,000 records quickly enough to run on every streamed chunk', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      record({
        source: 'postdicom',
        givenNames: `N${i % 3000}`,
        identifiers: [mrn('postdicom', `M${i % 4000}`)],
      }),
    );
    const groups = groupPeople(many);
    expect(groups.reduce((sum, g) => sum + g.records.length, 0)).toBe(10_000);
  });
});
