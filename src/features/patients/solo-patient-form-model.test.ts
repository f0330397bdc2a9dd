import { describe, expect, it } from 'vitest';
import { soloCreatePatientSchema } from '@/api/solo/patients';
import {
  emptyAddress,
  emptySoloPatientForm,
  emptyTelecom,
  fromSoloDeceasedAt,
  fromSoloPatient,
  soloFormFieldFor,
  soloPatientFormIssues,
  toSoloCreatePayload,
  toSoloDeceasedAt,
} from './solo-patient-form-model';

const TODAY = '2026-03-10';
const filled = () => ({
  ...emptySoloPatientForm('P-1'),
  firstName: 'Ana',
  lastName: 'Ruiz Gil',
  birthDate: '1980-05-02',
  gender: 'female',
  telecom: [
    { ...emptyTelecom('phone'), value: '+52 55 1234 5678' },
    { ...emptyTelecom('email'), value: 'ana@example.org' },
  ],
  address: [
    { ...emptyAddress(), line1: 'Calle 1', city: 'CDMX' },
    { ...emptyAddress(), use: 'work', line1: 'Av. Juárez 5', postalcode: '06000' },
  ],
});
const paths = (values: ReturnType<typeof filled>) =>
  soloPatientFormIssues(values, TODAY).map((i) => `${i.path}:${i.message}`);

describe('Solo patient form', () => {
  it('writes the body Solo documents, with every telecom and address, and nothing empty', () => {
    const payload = toSoloCreatePayload(filled());
    expect(soloCreatePatientSchema.safeParse(payload).success).toBe(true);
    expect(payload).toMatchObject({
      id: 'P-1',
      name: [{ use: 'usual', firstName: 'Ana', lastName: 'Ruiz Gil', family: 'Ana Ruiz Gil' }],
      telecom: [
        { system: 'phone', use: 'home', value: '+52 55 1234 5678' },
        { system: 'email', use: 'home', value: 'ana@example.org' },
      ],
      address: [
        { use: 'home', line: ['Calle 1'], city: 'CDMX' },
        { use: 'work', line: ['Av. Juárez 5'], postalcode: '06000' },
      ],
      deceased: false,
      deceasedAt: null,
      contact: [],
    });
    expect(payload.mrn).toBeUndefined();
  });

  it('refuses a death time for a patient who is not deceased, next to the field', () => {
    expect(paths({ ...filled(), deceasedDate: '2025-01-01', deceasedTime: '10:00' })).toContain(
      'deceasedDate:validation.deceasedAtNotAllowed',
    );
  });

  it('needs the date and time of death of a deceased patient, after the birth and not in the future', () => {
    expect(paths({ ...filled(), deceased: true })).toEqual([
      'deceasedDate:validation.deceasedAtRequired',
      'deceasedTime:validation.deceasedAtRequired',
    ]);
    expect(paths({ ...filled(), deceased: true, deceasedDate: '1970-01-01', deceasedTime: '10:00' })).toEqual(
      ['deceasedDate:validation.deathBeforeBirth'],
    );
    expect(paths({ ...filled(), deceased: true, deceasedDate: '2027-01-01', deceasedTime: '25:00' })).toEqual(
      ['deceasedDate:validation.dateInFuture', 'deceasedTime:validation.time24hm'],
    );
    const payload = toSoloCreatePayload({
      ...filled(),
      deceased: true,
      deceasedDate: '2025-01-01',
      deceasedTime: '22:12',
    });
    expect(payload.deceasedAt).toBe('2025-01-01 10:12 PM');
    expect(soloCreatePatientSchema.safeParse(payload).success).toBe(true);
  });

  it('needs the group type and name of a patient linked by email', () => {
    expect(paths({ ...filled(), isLinkedByEmail: true })).toEqual([
      'groupType:validation.requiredWhenLinkedByEmail',
      'groupName:validation.requiredWhenLinkedByEmail',
    ]);
    const payload = toSoloCreatePayload({
      ...filled(),
      isLinkedByEmail: true,
      groupType: 'family',
      groupName: 'Ruiz',
    });
    expect(payload).toMatchObject({ isLinkedByEmail: true, groupType: 'family', groupName: 'Ruiz' });
  });

  it('checks names, dates, emails and phones', () => {
    const values = {
      ...filled(),
      firstName: ' ',
      birthDate: '2026-02-30',
      telecom: [
        { ...emptyTelecom('email'), value: 'ana@' },
        { ...emptyTelecom('phone'), value: 'call me' },
      ],
    };
    expect(paths(values)).toEqual([
      'firstName:validation.required',
      'birthDate:validation.noSuchDate',
      'telecom.0.value:validation.email',
      'telecom.1.value:validation.phoneNumber',
    ]);
    expect(paths({ ...filled(), birthDate: '2030-01-01' })).toEqual(['birthDate:validation.birthDateFuture']);
  });

  it('reads a patient back into the form, and the deceased time both ways', () => {
    expect(toSoloDeceasedAt('2020-03-31', '00:05')).toBe('2020-03-31 12:05 AM');
    expect(fromSoloDeceasedAt('2020-03-31 12:05 PM')).toEqual({ date: '2020-03-31', time: '12:05' });
    expect(fromSoloDeceasedAt('2020-03-31')).toBeNull();
    const back = fromSoloPatient(
      {
        ...toSoloCreatePayload(filled()),
        deceased: true,
        deceasedAt: '2025-01-01 10:12 PM',
        sharedEmailGroup: null,
      },
      'P-1',
    );
    expect(back).toMatchObject({
      firstName: 'Ana',
      deceased: true,
      deceasedDate: '2025-01-01',
      deceasedTime: '22:12',
    });
    expect(back.telecom).toHaveLength(2);
    expect(back.address[1]).toMatchObject({ use: 'work', line1: 'Av. Juárez 5' });
  });

  it('puts Solo’s own field names on the form’s fields', () => {
    expect(soloFormFieldFor('name[0].firstName')).toBe('firstName');
    expect(soloFormFieldFor('deceasedAt')).toBe('deceasedDate');
    expect(soloFormFieldFor('telecom[1].value')).toBe('telecom.1.value');
    expect(soloFormFieldFor('somethingElse')).toBeNull();
  });
});
