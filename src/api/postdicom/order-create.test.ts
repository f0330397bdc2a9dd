import { faults } from '@mocks/faults';
import { postDicomDb } from '@mocks/postdicom/db';
import { describe, expect, it } from 'vitest';
import { signedIn, UNKNOWN_UUID } from '../../test/postdicom.test-helpers';
import { InputError, VendorError } from '../errors';
import {
  createPostDicomOrderWithFullParameters,
  createPostDicomOrderWithFullParameters2,
  createPostDicomOrderWithJson,
  createPostDicomOrderWithMinimumParameters,
  POSTDICOM_CREATE_ORDER_JSON_KEYS,
  type PostDicomCreateOrderJsonParameters,
} from './order-create';
import { getPostDicomPatientOrderProperties } from './orders';

const equipment = () => postDicomDb.get().dicomNodes[0]?.DicomNodeUuid ?? '';

describe('CreateOrderWithMinimumParameters', () => {
  it('creates an order the searches then find', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const created = await createPostDicomOrderWithMinimumParameters({
      userUuid,
      institutionUuid,
      patientName: 'PEREZ^JUAN^CARLOS',
      patientId: '30111222',
      modality: 'MR',
      orderDate: '2026-03-02',
      orderTime: '08:30',
    });
    const order = postDicomDb.get().orders.find((o) => o.PatientOrderUuid === created.PatientOrderUuid);
    expect(order).toMatchObject({
      PatientName: 'PEREZ^JUAN^CARLOS',
      OrderModality: 'MR',
      OrderTime: '08:30',
      StudyDescription: '',
    });
  });

  it('refuses bad input before calling and an unknown institution in the library', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const base = {
      userUuid,
      institutionUuid,
      patientName: 'A^B',
      patientId: '1',
      modality: 'CT' as const,
      orderDate: '2026-03-02',
    };
    await expect(
      createPostDicomOrderWithMinimumParameters({ ...base, orderDate: '2026-02-30' }),
    ).rejects.toMatchObject({
      issues: [{ path: 'orderDate' }],
    });
    await expect(
      createPostDicomOrderWithMinimumParameters({ ...base, orderTime: '8:30' }),
    ).rejects.toBeInstanceOf(InputError);
    await expect(
      createPostDicomOrderWithMinimumParameters({ ...base, modality: 'RX' as 'CT' }),
    ).rejects.toBeInstanceOf(InputError);
    await expect(
      createPostDicomOrderWithMinimumParameters({ ...base, institutionUuid: UNKNOWN_UUID }),
    ).rejects.toMatchObject({
      endpoint: 'CreateOrderWithMinimumParameters',
      vendorMessage: expect.stringContaining('Institution not found'),
    });
  });

  it('is not retried: a lost answer leaves exactly one order (afterProcessing)', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const before = postDicomDb.get().orders.length;
    faults.set({ failure: 'network', vendor: 'postdicom', afterProcessing: true, remaining: 1 });
    await expect(
      createPostDicomOrderWithMinimumParameters({
        userUuid,
        institutionUuid,
        patientName: 'A^B',
        patientId: '1',
        modality: 'CT',
        orderDate: '2026-03-02',
      }),
    ).rejects.toBeInstanceOf(VendorError);
    expect(postDicomDb.get().orders.length).toBe(before + 1);
  });
});

describe('CreateOrderWithFullParameters', () => {
  it('creates an order with every parameter', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const created = await createPostDicomOrderWithFullParameters({
      userUuid,
      institutionUuid,
      patientName: 'GOMEZ^LUCIA',
      patientId: '27999888',
      patientOtherId: 'HC-12',
      patientBirthdate: '1985-07-14',
      modality: 'US',
      studyDescription: 'Ecografía abdominal',
      accessionNumber: 'AN-12345',
      complaints: 'Dolor abdominal',
      orderDate: '2026-03-03',
      orderTime: '10:00',
      procedureId: 'P-1',
      procedureDescription: 'Eco abdomen',
      scheduledEquipmentUuid: equipment(),
    });
    const properties = await getPostDicomPatientOrderProperties({
      userUuid,
      patientOrderInstitutionUuid: institutionUuid,
      patientOrderUuid: created.PatientOrderUuid,
    });
    expect(properties).toMatchObject({
      PatientBirthDate: '1985-07-14',
      AccessionNumber: 'AN-12345',
      OtherPatientId: 'HC-12',
      PatientComplaints: 'Dolor abdominal',
      ScheduledEquipmentUuid: equipment(),
    });
  });

  it('refuses an accession number over 16 characters and a missing birth date before calling', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const base = {
      userUuid,
      institutionUuid,
      patientName: 'A^B',
      patientId: '1',
      modality: 'CT' as const,
      orderDate: '2026-03-02',
      patientBirthdate: '1990-01-01',
    };
    await expect(
      createPostDicomOrderWithFullParameters({ ...base, accessionNumber: 'A'.repeat(17) }),
    ).rejects.toMatchObject({
      issues: [{ path: 'accessionNumber' }],
    });
    await expect(
      createPostDicomOrderWithFullParameters({ ...base, patientBirthdate: '' }),
    ).rejects.toBeInstanceOf(InputError);
    await expect(
      createPostDicomOrderWithFullParameters({ ...base, scheduledEquipmentUuid: UNKNOWN_UUID }),
    ).rejects.toMatchObject({
      vendorMessage: expect.stringContaining('equipment'),
    });
  });
});

describe('CreateOrderWithFullParameters2', () => {
  it('adds patient sex and referring physician', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const created = await createPostDicomOrderWithFullParameters2({
      userUuid,
      institutionUuid,
      patientName: 'SOSA^ANA',
      patientId: '1',
      patientSex: 'F',
      patientBirthdate: '1970-02-02',
      modality: 'MG',
      orderDate: '2026-03-04',
      referringPhysiciansName: 'HOUSE^GREGORY',
    });
    const order = postDicomDb.get().orders.find((o) => o.PatientOrderUuid === created.PatientOrderUuid);
    expect(order).toMatchObject({ PatientSex: 'F', extra: { ReferringPhysiciansName: 'HOUSE^GREGORY' } });
  });

  it('refuses a sex other than M, F, O or empty', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    await expect(
      createPostDicomOrderWithFullParameters2({
        userUuid,
        institutionUuid,
        patientName: 'A^B',
        patientId: '1',
        patientSex: 'X' as 'M',
        patientBirthdate: '1970-02-02',
        modality: 'CT',
        orderDate: '2026-03-04',
      }),
    ).rejects.toMatchObject({ issues: [{ path: 'patientSex' }] });
  });
});

describe('CreateOrderWithJSON', () => {
  const every: Required<PostDicomCreateOrderJsonParameters> = {
    OtherPatientId: 'HC-7',
    PatientName: 'DIAZ^PEDRO',
    OrderModality: 'CT',
    OrderAccessionNumber: 'AN-12345',
    PatientsBirthDate: '2000-01-01',
    PatientID: '40111222',
    Priority: 'HIGH',
    PatientHistory: 'Antecedentes',
    PatientComplaints: 'Cefalea',
    PatientSymptom: 'Mareos',
    RequestingPhysician: 'RUIZ^ANA',
    RequestingDepartment: 'Neurología',
    RequestingProcedureDescription: 'TC de cráneo',
    PerformedDatetime: '2000-01-01 16:00',
    OrderNote1: 'Nota 1',
    OrderNote2: 'Nota 2',
    ReferringPhysiciansName: 'RUIZ^ANA',
    StudyDescription: 'TC de cráneo simple',
    RequestedProcedureId: 'RP-1',
    ScheduledEquipmentUuid: '00000000-0000-0000-0000-000000000000',
    PatientSex: 'O',
  };

  it('sends every documented key', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    expect(POSTDICOM_CREATE_ORDER_JSON_KEYS.sort()).toEqual(Object.keys(every).sort());
    const created = await createPostDicomOrderWithJson({
      userUuid,
      institutionUuid,
      jsonParameters: { ...every, ScheduledEquipmentUuid: equipment() },
    });
    const order = postDicomDb.get().orders.find((o) => o.PatientOrderUuid === created.PatientOrderUuid);
    expect(order).toMatchObject({
      PatientName: 'DIAZ^PEDRO',
      PatientId: '40111222',
      OrderDate: '2000-01-01',
      OrderTime: '16:00',
      PatientSex: 'O',
      extra: { Priority: 'HIGH', OrderNote2: 'Nota 2', PatientSymptom: 'Mareos' },
    });
  });

  it('refuses unknown keys, a bad PerformedDatetime, an accession of 17 characters and a sex of 2 characters', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const send = (jsonParameters: Record<string, string>) =>
      createPostDicomOrderWithJson({
        userUuid,
        institutionUuid,
        jsonParameters: jsonParameters as PostDicomCreateOrderJsonParameters,
      });
    await expect(send({ PatientName: 'A^B', Foo: 'x' })).rejects.toBeInstanceOf(InputError);
    await expect(send({ PerformedDatetime: '2000-01-01T16:00' })).rejects.toMatchObject({
      issues: [{ path: 'jsonParameters.PerformedDatetime' }],
    });
    await expect(send({ OrderAccessionNumber: 'A'.repeat(17) })).rejects.toBeInstanceOf(InputError);
    await expect(send({ OrderAccessionNumber: '' })).rejects.toBeInstanceOf(InputError);
    await expect(send({ PatientSex: 'MF' })).rejects.toBeInstanceOf(InputError);
    await expect(send({})).rejects.toBeInstanceOf(InputError);
  });

  it('is refused by the library without a patient id', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    await expect(
      createPostDicomOrderWithJson({
        userUuid,
        institutionUuid,
        jsonParameters: { PatientName: 'A^B', OrderModality: 'CT' },
      }),
    ).rejects.toMatchObject({ endpoint: 'CreateOrderWithJSON', vendorMessage: 'PatientID is required.' });
  });
});
