import { describe, expect, it } from 'vitest';
import type { Person } from '@/api/people/model';
import {
  choosePrefillPerson,
  edenPrefill,
  hospitalMrn,
  impiloPatientOf,
  postDicomPrefill,
  scanPrefill,
} from './person-prefill';

function person(patch: Partial<Person> = {}): Person {
  return {
    source: 'solo',
    recordId: 'EXT-100001',
    givenNames: 'María José',
    firstSurname: 'García',
    secondSurname: 'de la Fuente',
    birthDate: '1985-02-28',
    sex: 'F',
    emails: ['maria@example.com'],
    phones: [],
    addresses: [],
    identifiers: [
      { source: 'solo', kind: 'id', value: 'EXT-100001' },
      { source: 'solo', kind: 'mrn', value: 'MRN-1234567' },
    ],
    activity: { kind: 'patient', modalities: [], date: null, description: null, status: null },
    record: { vendor: 'solo', patient: {} as never },
    ...patch,
  };
}

describe('prefill from a patient', () => {
  it('Eden: name parts apart, sex code, ISO birth date, the MRN', () => {
    expect(edenPrefill(person())).toEqual({
      values: {
        patient_identifier: 'MRN-1234567',
        patient_name: 'María José',
        patient_first_surname: 'García',
        patient_last_surname: 'de la Fuente',
        patient_gender: 'F',
        patient_birth_date: '1985-02-28',
        patient_email: 'maria@example.com',
      },
      failures: [],
      source: { vendor: 'solo', recordId: 'EXT-100001' },
    });
  });

  it('PostDICOM: a DICOM name SURNAMES^GIVEN, sex, birth date and the MRN as Patient ID', () => {
    const { values, failures } = postDicomPrefill(person());
    expect(values).toEqual({
      PatientName: 'García de la Fuente^María José',
      PatientID: 'MRN-1234567',
      PatientSex: 'F',
      PatientsBirthDate: '1985-02-28',
    });
    expect(failures).toEqual([]);
  });

  it('a value the vendor cannot hold is a failure on its field, never guessed; unknown values stay empty', () => {
    const odd = person({ givenNames: 'Ana^Luisa', sex: null, birthDate: null, emails: [] });
    const pd = postDicomPrefill(odd);
    expect(pd.values.PatientName).toBeUndefined();
    expect(pd.failures.map((f) => f.field)).toEqual(['PatientName']);
    expect(pd.values.PatientSex).toBeUndefined();
    expect(pd.values.PatientsBirthDate).toBeUndefined();
    const eden = edenPrefill(person({ givenNames: '' }));
    expect(eden.failures.map((f) => f.field)).toEqual([
      'patient_name',
      'patient_first_surname',
      'patient_last_surname',
    ]);
    expect(eden.values.patient_name).toBeUndefined();
  });

  it('patient records are preferred over orders; the MRN may come from another record of the key', () => {
    const order = person({
      source: 'eden',
      recordId: 'o-1',
      identifiers: [{ source: 'eden', kind: 'order', value: 'o-1' }],
    });
    const impilo = person({
      source: 'impilo',
      recordId: 'imp-9',
      identifiers: [{ source: 'impilo', kind: 'mrn', value: 'MRN-9' }],
    });
    expect(choosePrefillPerson([order, impilo])?.source).toBe('impilo');
    expect(choosePrefillPerson([])).toBeNull();
    expect(hospitalMrn([order])).toBeNull();
    expect(edenPrefill(order, [order, impilo]).values.patient_identifier).toBe('MRN-9');
    const pdOrder = person({
      source: 'postdicom',
      identifiers: [{ source: 'postdicom', kind: 'patient-id', value: 'PID-5' }],
    });
    expect(hospitalMrn([pdOrder])).toBe('PID-5');
    expect(impiloPatientOf([order, impilo])).toBe('imp-9');
    expect(impiloPatientOf([order])).toBeNull();
  });

  it('a value the chosen record lacks comes from the other records when they agree, and is named', () => {
    // Impilo keeps no sex: the patient's Eden and PostDICOM records say M.
    const impilo = person({ source: 'impilo', recordId: 'imp-1', sex: null, birthDate: null });
    const eden = person({ source: 'eden', recordId: 'o-1', sex: 'M', birthDate: '1990-01-02' });
    const pd = person({ source: 'postdicom', recordId: 'u-1', sex: 'M', birthDate: null });
    const prefill = edenPrefill(impilo, [impilo, eden, pd]);
    expect(prefill.values.patient_gender).toBe('M');
    expect(prefill.values.patient_birth_date).toBe('1990-01-02');
    expect(prefill.supplements).toEqual([
      { field: 'patient_gender', vendor: 'eden', recordId: 'o-1' },
      { field: 'patient_birth_date', vendor: 'eden', recordId: 'o-1' },
    ]);
    expect(prefill.failures).toEqual([]);
    expect(postDicomPrefill(impilo, [impilo, pd]).values.PatientSex).toBe('M');
    // Scan.com too, in its words (a patient found in search started its wizard without a sex).
    const scan = scanPrefill(impilo, [impilo, eden, pd]);
    expect(scan.values['patient.gender']).toBe('male');
    expect(scan.values['patient.date_of_birth']).toBe('1990-01-02');
    expect(scan.supplements).toEqual([
      { field: 'patient.gender', vendor: 'eden', recordId: 'o-1' },
      { field: 'patient.date_of_birth', vendor: 'eden', recordId: 'o-1' },
    ]);
    // The chosen record's own value wins; no supplement then.
    const own = postDicomPrefill(eden, [eden, person({ source: 'postdicom', recordId: 'u-2', sex: 'F' })]);
    expect(own.values.PatientSex).toBe('M');
    expect(own.supplements).toBeUndefined();
  });

  it('records that disagree give a failure on the field, never a pick', () => {
    const impilo = person({ source: 'impilo', recordId: 'imp-1', sex: null });
    const eden = person({ source: 'eden', recordId: 'o-1', sex: 'M' });
    const pd = person({ source: 'postdicom', recordId: 'u-1', sex: 'F' });
    const prefill = postDicomPrefill(impilo, [impilo, eden, pd]);
    expect(prefill.values.PatientSex).toBeUndefined();
    expect(prefill.failures).toEqual([
      { field: 'PatientSex', reason: 'the patient’s records disagree', kind: 'disagree' },
    ]);
    // Nobody knows it: simply empty.
    expect(edenPrefill(impilo, [impilo]).values.patient_gender).toBeUndefined();
    expect(edenPrefill(impilo, [impilo]).failures).toEqual([]);
  });
});
