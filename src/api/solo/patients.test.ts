import { heldBy } from '@mocks/population';
import { getSoloPatient as dbPatient, SOLO_SEED_PATIENTS, soloCareStore } from '@mocks/solo/care-db';
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectInputIssue } from '../../test/input-error.test-helpers';
import { createQueryWrapper } from '../../test/query-wrapper';
import { captureSoloWebhooks, expectSoloError, pinCareClock, rawSolo } from '../../test/solo.test-helpers';
import { InputError } from '../errors';
import { soloDisplayName } from './demographics';
import {
  createSoloPatient,
  getSoloPatient,
  getSoloPatientBySpid,
  updateSoloPatient,
  updateSoloPatientBySpid,
} from './patients';
import {
  soloKeys,
  useCreateSoloPatient,
  useSoloPatient,
  useSoloPatientBySpid,
  useUpdateSoloPatient,
} from './queries';

const FIRST_SPID = 100_001;

beforeEach(() => {
  pinCareClock();
});

describe('seed', () => {
  it('holds at least 500 patients, identically after a reset', () => {
    const first = soloCareStore.get();
    expect(first.patients.size).toBeGreaterThanOrEqual(500);
    // The seeded patients, then the shared population's (mocks/population.ts).
    expect(first.patients.size).toBe(SOLO_SEED_PATIENTS + heldBy('solo').length);
    const name = first.patients.get(FIRST_SPID)?.demographics.name;
    soloCareStore.reset();
    expect(soloCareStore.get().patients.get(FIRST_SPID)?.demographics.name).toEqual(name);
  });
});

describe('GET /qapi/v1/patients/{patient_id}', () => {
  it('answers the demographics of the patient', async () => {
    const seeded = dbPatient(FIRST_SPID);
    if (!seeded) throw new Error('seed');
    const patient = await getSoloPatient(seeded.id);
    expect(patient.mrn).toBe(seeded.demographics.mrn);
    expect(soloDisplayName(patient)).not.toBe('');
  });

  it('answers 404 for an unknown patient', async () => {
    await expectSoloError(getSoloPatient('nobody'), 404, /not found/);
  });

  it('works through useSoloPatient', async () => {
    const seeded = dbPatient(FIRST_SPID);
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => useSoloPatient(seeded?.id), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.mrn).toBe(seeded?.demographics.mrn);
  });
});

describe('GET /qapi/v1/patients/id/type/SPID/value/{solo_patient_id}', () => {
  it('answers the demographics by SPID', async () => {
    const patient = await getSoloPatientBySpid(FIRST_SPID);
    expect(patient.name?.[0]?.use).toBe('usual');
  });

  it('answers 404 for an unknown SPID', async () => {
    await expectSoloError(getSoloPatientBySpid(1), 404, /SPID 1 not found/);
  });

  it('works through useSoloPatientBySpid', async () => {
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => useSoloPatientBySpid(FIRST_SPID), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
  });
});

describe('POST /qapi/v1/patients', () => {
  const body = {
    id: 'EHR-778899',
    name: [{ use: 'usual', family: 'Ana López', firstName: 'Ana', lastName: 'López' }],
    birthDate: '1983-08-15',
    gender: 'female',
    telecom: [{ use: 'home', system: 'email', value: 'ana@example.com' }],
  };

  it('creates a patient, answers its SPID and emits patient:created', async () => {
    const events = captureSoloWebhooks();
    const spid = await createSoloPatient(body);
    expect(spid).toBeGreaterThan(FIRST_SPID);
    expect(events).toEqual([{ event: 'patient:created', data: { patientId: spid } }]);
    const fetched = await getSoloPatient('EHR-778899');
    expect(fetched.birthDate).toBe('1983-08-15');
    expect((await getSoloPatientBySpid(spid)).name?.[0]?.firstName).toBe('Ana');
  });

  it('requires id (client schema and mock)', async () => {
    const { id: _omit, ...noId } = body;
    await expect(createSoloPatient(noId as typeof body)).rejects.toBeInstanceOf(InputError);
    await expectSoloError(rawSolo('POST', '/qapi/v1/patients', noId), 400, 'Field id is required.');
  });

  it('refuses a duplicate id with 409', async () => {
    await createSoloPatient(body);
    await expectSoloError(createSoloPatient(body), 409, /already exists/);
  });

  it('requires deceasedAt when deceased is true', async () => {
    await expectInputIssue(
      createSoloPatient({ ...body, deceased: true }),
      'deceasedAt',
      'validation.deceasedAtRequired',
    );
    await expectSoloError(
      rawSolo('POST', '/qapi/v1/patients', { ...body, deceased: true }),
      400,
      'Field deceasedAt is required if deceased is true.',
    );
    const spid = await createSoloPatient({ ...body, deceased: true, deceasedAt: '2020-03-31 10:12 AM' });
    expect((await getSoloPatientBySpid(spid)).deceasedAt).toBe('2020-03-31 10:12 AM');
  });

  it('rejects deceasedAt when deceased is false or absent', async () => {
    for (const deceased of [false, undefined]) {
      const input = { ...body, deceased, deceasedAt: '2020-03-31 10:12 AM' };
      await expectInputIssue(createSoloPatient(input), 'deceasedAt', 'validation.deceasedAtNotAllowed');
      await expectSoloError(rawSolo('POST', '/qapi/v1/patients', input), 400, /must not be specified/);
    }
  });

  it('checks formats: deceasedAt, birthDate, email telecom, group when linked by email', async () => {
    await expect(
      createSoloPatient({ ...body, deceased: true, deceasedAt: '2020-03-31T10:12' }),
    ).rejects.toThrow(InputError);
    await expectSoloError(
      rawSolo('POST', '/qapi/v1/patients', { ...body, deceased: true, deceasedAt: '31/03/2020' }),
      400,
      /deceasedAt must be written/,
    );
    await expect(createSoloPatient({ ...body, birthDate: '1983-02-30' })).rejects.toThrow(InputError);
    await expect(
      createSoloPatient({ ...body, telecom: [{ system: 'email', value: 'not-an-email' }] }),
    ).rejects.toThrow(InputError);
    await expectInputIssue(
      createSoloPatient({ ...body, isLinkedByEmail: true }),
      'groupType',
      'validation.requiredWhenLinkedByEmail',
    );
    await expectInputIssue(
      createSoloPatient({ ...body, birthDate: '1983-02-30' }),
      'birthDate',
      'validation.noSuchDate',
    );
    await expectInputIssue(
      createSoloPatient({ ...body, deceased: true, deceasedAt: '2020-03-31T10:12' }),
      'deceasedAt',
      'validation.dateTime12h',
    );
    await expectSoloError(
      rawSolo('POST', '/qapi/v1/patients', { ...body, isLinkedByEmail: true }),
      400,
      /groupType and groupName are required/,
    );
    await createSoloPatient({ ...body, isLinkedByEmail: true, groupType: 'family', groupName: 'López' });
    expect((await getSoloPatient(body.id)).sharedEmailGroup).toEqual({ type: 'family', name: 'López' });
  });

  it('works through useCreateSoloPatient and invalidates patient queries', async () => {
    const { wrapper, queryClient } = createQueryWrapper();
    queryClient.setQueryData(soloKeys.patient('x'), {});
    const { result } = renderHook(() => useCreateSoloPatient(), { wrapper });
    await act(() => result.current.mutateAsync(body));
    expect(result.current.data).toBeGreaterThan(0);
    expect(queryClient.getQueryState(soloKeys.patient('x'))?.isInvalidated).toBe(true);
  });
});

describe('PUT /qapi/v1/patients/{patient_id} and by SPID', () => {
  it('updates by id, emits patient:updated, and patient:deactivated when deactivated', async () => {
    const seeded = dbPatient(FIRST_SPID);
    if (!seeded) throw new Error('seed');
    const events = captureSoloWebhooks();
    await updateSoloPatient(seeded.id, { mrn: 'MRN-NEW', active: false });
    expect((await getSoloPatient(seeded.id)).mrn).toBe('MRN-NEW');
    expect(events.map((e) => e.event)).toEqual(['patient:updated', 'patient:deactivated']);
  });

  it('updates by SPID', async () => {
    await updateSoloPatientBySpid(FIRST_SPID, { deceased: true, deceasedAt: '2026-11-20 09:30 PM' });
    const patient = await getSoloPatientBySpid(FIRST_SPID);
    expect(patient.deceased).toBe(true);
    expect(patient.deceasedAt).toBe('2026-11-20 09:30 PM');
  });

  it('enforces the deceased rules on update (client and mock)', async () => {
    const path = `/qapi/v1/patients/id/type/SPID/value/${FIRST_SPID}`;
    await expect(updateSoloPatientBySpid(FIRST_SPID, { deceased: true })).rejects.toThrow(InputError);
    await expectSoloError(rawSolo('PUT', path, { deceased: true }), 400, /deceasedAt is required/);
    await expectSoloError(
      rawSolo('PUT', path, { deceasedAt: '2020-03-31 10:12 AM' }),
      400,
      /must not be specified/,
    );
  });

  it('answers 404 for unknown patients', async () => {
    await expectSoloError(updateSoloPatient('nobody', { mrn: 'x' }), 404, /not found/);
    await expectSoloError(updateSoloPatientBySpid(2, { mrn: 'x' }), 404, /not found/);
  });

  it('works through useUpdateSoloPatient (both addressings)', async () => {
    const seeded = dbPatient(FIRST_SPID);
    if (!seeded) throw new Error('seed');
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => useUpdateSoloPatient(), { wrapper });
    await act(() => result.current.mutateAsync({ patientId: seeded.id, input: { race: 'Asian' } }));
    await act(() =>
      result.current.mutateAsync({ spid: FIRST_SPID, input: { ethnicity: 'Hispanic or Latino' } }),
    );
    const patient = await getSoloPatient(seeded.id);
    expect([patient.race, patient.ethnicity]).toEqual(['Asian', 'Hispanic or Latino']);
  });
});
