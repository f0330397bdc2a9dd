import { describe, expect, it } from 'vitest';
import type { EdenOrder } from '../eden/orders';
import type { ImpiloPatient } from '../impilo/patients';
import type { PostDicomOrderSummary } from '../postdicom/common';
import type { ScanReferral } from '../scan/referrals';
import type { SoloPatient } from '../solo/patients';
import {
  mapEdenOrder,
  mapImpiloPatient,
  mapPostDicomOrder,
  mapScanReferral,
  mapSoloPatient,
} from './mappers';
import type { PersonMapping } from './model';

function person(mapping: PersonMapping) {
  if (!mapping.ok) throw new Error(`expected a person, got a failure of ${mapping.failure.field}`);
  return mapping.person;
}
function failure(mapping: PersonMapping) {
  if (mapping.ok) throw new Error('expected a failure');
  return mapping.failure;
}

const solo: SoloPatient = {
  mrn: 'MRN-0012345',
  name: [
    { use: 'old', firstName: 'Pepe', lastName: 'Gómez' },
    {
      use: 'usual',
      family: 'José Luis García López',
      firstName: 'José',
      middleName: 'Luis',
      lastName: 'García López',
    },
  ],
  birthDate: '1980-05-12',
  gender: 'male',
  telecom: [
    { use: 'home', system: 'phone', value: '+52 55 1234 5678' },
    { use: 'work', system: 'email', value: 'jose@example.org' },
    { use: 'home', system: 'email', value: 'JOSE@example.org' },
  ],
  address: [
    { use: 'home', line: ['Calle 1', ''], apartment: '4B', city: 'CDMX', postalcode: '06000', country: 'MX' },
  ],
  active: true,
};

describe('Solo patient → person', () => {
  it('reads the usual name, double surnames, telecoms, addresses and every id', () => {
    const p = person(mapSoloPatient(solo, { id: 'P-1', spid: 100_001 }));
    expect(p).toMatchObject({
      source: 'solo',
      recordId: 'P-1',
      givenNames: 'José Luis',
      firstSurname: 'García',
      secondSurname: 'López',
      birthDate: '1980-05-12',
      sex: 'M',
      emails: ['jose@example.org'],
      phones: ['+52 55 1234 5678'],
      addresses: [
        {
          use: 'home',
          lines: ['Calle 1', '4B'],
          city: 'CDMX',
          postalCode: '06000',
          country: 'MX',
          state: null,
        },
      ],
      activity: { kind: 'patient', modalities: [] },
    });
    expect(p.identifiers).toEqual([
      { source: 'solo', kind: 'id', value: 'P-1' },
      { source: 'solo', kind: 'spid', value: '100001' },
      { source: 'solo', kind: 'mrn', value: 'MRN-0012345' },
    ]);
    expect(p.record).toEqual({ vendor: 'solo', patient: solo });
  });

  it('keeps particles with their surname and reads "unknown" as no sex', () => {
    const p = person(
      mapSoloPatient(
        { name: [{ firstName: 'Ana', lastName: 'de la Cruz Pérez' }], gender: 'unknown' },
        { spid: 7 },
      ),
    );
    expect(p).toMatchObject({
      recordId: 'spid:7',
      firstSurname: 'de la Cruz',
      secondSurname: 'Pérez',
      sex: null,
    });
  });

  it('reports what it cannot read, naming the field', () => {
    expect(failure(mapSoloPatient({ ...solo, gender: 'mujer' }, { id: 'P-1' })).field).toBe('gender');
    expect(failure(mapSoloPatient({ ...solo, birthDate: '1980-02-30' }, { id: 'P-1' })).field).toBe(
      'birthDate',
    );
    expect(
      failure(mapSoloPatient({ name: [{ firstName: 'Ana', lastName: 'Ruiz Gil Soto' }] }, { id: 'P-1' }))
        .field,
    ).toBe('name[0].lastName');
    expect(failure(mapSoloPatient({ name: [{ family: 'Mike Shinoda' }] }, { id: 'P-1' })).field).toBe(
      'name[0].firstName',
    );
    expect(failure(mapSoloPatient(solo, {})).field).toBe('id');
  });
});

const impilo: ImpiloPatient = {
  id: 'b7c1',
  firstName: 'Maria',
  lastName: 'Nuñez',
  email: 'maria@example.org',
  phone: '555-0100',
  dateOfBirth: '1975-01-30',
  externalIdentifier: 'MRN-0000042',
  siteId: null,
  address: {
    line1: '1 Main St',
    line2: null,
    city: 'Austin',
    state: 'TX',
    postalCode: '78701',
    country: 'US',
  },
  createdAt: '2026-10-01T10:00:00Z',
};

describe('Impilo patient → person', () => {
  it('reads the patient with its id and its MRN (externalIdentifier)', () => {
    const p = person(mapImpiloPatient(impilo));
    expect(p).toMatchObject({
      recordId: 'b7c1',
      givenNames: 'Maria',
      firstSurname: 'Nuñez',
      secondSurname: null,
      sex: null,
      birthDate: '1975-01-30',
      addresses: [{ lines: ['1 Main St'], city: 'Austin', state: 'TX', postalCode: '78701', country: 'US' }],
      activity: { kind: 'patient', date: '2026-10-01' },
    });
    expect(p.identifiers).toEqual([
      { source: 'impilo', kind: 'id', value: 'b7c1' },
      { source: 'impilo', kind: 'mrn', value: 'MRN-0000042' },
    ]);
  });

  it('reports a last name that cannot be split', () => {
    expect(failure(mapImpiloPatient({ ...impilo, lastName: 'Ruiz Gil Soto' })).field).toBe('lastName');
  });
});

const eden = {
  id: 'e-1',
  folio: 'ACC-1',
  status: 'NEW',
  modality: 'CT',
  study_name: 'CT head',
  patient_identifier: 'MRN-0012345',
  patient_name: 'José Luis',
  patient_first_surname: 'García',
  patient_last_surname: 'López',
  patient_email: 'jose@example.org',
  patient_gender: 'M',
  patient_birth_date: '1980-05-12',
  patient_phone_code: '52',
  patient_phone_number: '5512345678',
  appointment_date: '2026-11-25',
  created_at: '2026-11-20T10:00:00Z',
} as unknown as EdenOrder;

describe('Eden order → person', () => {
  it('reads the patient fields, the MRN and the order as the activity', () => {
    const p = person(mapEdenOrder(eden));
    expect(p).toMatchObject({
      givenNames: 'José Luis',
      firstSurname: 'García',
      secondSurname: 'López',
      sex: 'M',
      phones: ['+52 5512345678'],
      activity: {
        kind: 'order',
        modalities: ['CT'],
        date: '2026-11-25',
        description: 'CT head',
        status: 'NEW',
      },
    });
    expect(p.identifiers).toEqual([
      { source: 'eden', kind: 'order', value: 'e-1' },
      { source: 'eden', kind: 'mrn', value: 'MRN-0012345' },
    ]);
  });

  it('refuses a second surname without a first one', () => {
    expect(failure(mapEdenOrder({ ...eden, patient_first_surname: null } as EdenOrder)).field).toBe(
      'patient_name',
    );
  });
});

const pd: PostDicomOrderSummary = {
  PatientOrderUuid: 'pd-1',
  PatientOrderInstitutionUuid: 'inst',
  PatientName: 'GARCIA LOPEZ^JOSE^LUIS',
  PatientId: 'MRN-0012345',
  PatientBirthDate: '19800512',
  PatientSex: '',
  OrderModality: 'CT\\PT',
  StudyDescription: 'PET-CT',
  OrderDate: '2026-10-03',
};

describe('PostDICOM order → person', () => {
  it('reads the DICOM name, the DA birth date, several modalities and the Patient ID', () => {
    const p = person(mapPostDicomOrder(pd));
    expect(p).toMatchObject({
      givenNames: 'JOSE LUIS',
      firstSurname: 'GARCIA',
      secondSurname: 'LOPEZ',
      birthDate: '1980-05-12',
      sex: null,
      activity: { kind: 'order', modalities: ['CT', 'PT'], date: '2026-10-03' },
    });
    expect(p.identifiers).toEqual([
      { source: 'postdicom', kind: 'order', value: 'pd-1' },
      { source: 'postdicom', kind: 'patient-id', value: 'MRN-0012345' },
    ]);
  });

  it('reports a family name of three surnames and a birth date that does not exist', () => {
    expect(failure(mapPostDicomOrder({ ...pd, PatientName: 'RUIZ GIL SOTO^ANA' })).field).toBe('PatientName');
    expect(failure(mapPostDicomOrder({ ...pd, PatientBirthDate: '19800230' })).field).toBe(
      'PatientBirthDate',
    );
    expect(failure(mapPostDicomOrder({ ...pd, PatientName: '^ANA' })).field).toBe('PatientName');
  });
});

const scan = {
  id: 1001,
  status: 'draft',
  patient_information: {
    first_name: 'John',
    last_name: 'Doe',
    email: 'john@example.org',
    phone: null,
    date_of_birth: '1999-01-30',
    address_line_1: '123 Drury Lane',
    address_postcode: 'SK7 2EB',
    gender: 'male',
  },
  modality: 'MRI',
  referral_information: 'Ankle pain',
  created_at: '2026-11-01T09:00:00Z',
} as unknown as ScanReferral;

describe('Scan.com referral → person', () => {
  it('reads the patient information, the modality as DICOM and the referral id', () => {
    const p = person(mapScanReferral(scan));
    expect(p).toMatchObject({
      recordId: '1001',
      givenNames: 'John',
      firstSurname: 'Doe',
      birthDate: '1999-01-30',
      sex: 'M',
      emails: ['john@example.org'],
      addresses: [{ lines: ['123 Drury Lane'], postalCode: 'SK7 2EB' }],
      identifiers: [{ source: 'scan', kind: 'referral', value: '1001' }],
      activity: { kind: 'referral', modalities: ['MR'], date: '2026-11-01', status: 'draft' },
    });
  });
});
