import { setMockNow } from '@mocks/clock';
import { listSoloAppointmentsForPatient, soloCareStore } from '@mocks/solo/care-db';
import { soloPerfectAnswerStore } from '@mocks/solo/integration-perfect-answer';
import { client } from '@mocks/solo/integration-test-client';
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createQueryWrapper } from '@/test/query-wrapper';
import { InputError, VendorError } from '../errors';
import { SOLO_PERFECT_ANSWER_24H_MESSAGE } from './errors';
import { useCreateSoloPerfectAnswer } from './integration-queries';
import { createSoloPerfectAnswer, type SoloPerfectAnswerRequest } from './perfect-answer';

const locationId = () => soloPerfectAnswerStore.get().locations[0]?.id ?? '';

const request = (overrides: Partial<SoloPerfectAnswerRequest> = {}): SoloPerfectAnswerRequest => ({
  firstName: 'John',
  lastName: 'Doe',
  dob: '2001-01-20',
  locationId: locationId(),
  mrn: 'AA-00000001',
  physicianCallbackNumber: '+1-202-555-0150',
  requestingProvider: 'Bob Dylan',
  callCenterNotified: '2019-12-03T14:32:12Z',
  physicianNotified: '2019-12-03T14:32:12Z',
  patientLocation: 'Patient location',
  consultType: 'new',
  reason: 'EEG Stat',
  caller: 'Caller name',
  ...overrides,
});

const uuid = /^[0-9a-f-]{36}$/;

afterEach(() => setMockNow(null));

describe('Solo perfect answer', () => {
  it('creates a visit and answers the patient and encounter ids', async () => {
    const answer = await createSoloPerfectAnswer(request());
    expect(answer.patientId).toMatch(uuid);
    expect(answer.encounterId).toMatch(uuid);
  });

  it('accepts only the optional fields left out, and each reason and consult type', async () => {
    const reasons = ['Stroke', 'EEG Stat', 'EEG Routine'] as const;
    for (const [i, reason] of reasons.entries()) {
      const answer = await createSoloPerfectAnswer({
        firstName: 'A',
        lastName: 'B',
        dob: '1970-01-01',
        locationId: locationId(),
        mrn: `MRN-R${i}`,
        requestingProvider: 'Dr C',
        consultType: i % 2 ? 'update' : 'new',
        reason,
      });
      expect(answer.encounterId).toMatch(uuid);
    }
  });

  it('refuses a second visit for the same patient within 24 hours (documented rejection)', async () => {
    setMockNow('2026-11-21T10:00:00Z');
    const first = await createSoloPerfectAnswer(request({ mrn: 'MRN-24H' }));
    setMockNow('2026-11-22T09:59:59Z');
    const error = await createSoloPerfectAnswer(request({ mrn: 'MRN-24H', consultType: 'update' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).status).toBe(409);
    expect((error as VendorError).vendorMessage).toBe(SOLO_PERFECT_ANSWER_24H_MESSAGE);
    expect((error as VendorError).body).toEqual({
      error: { message: 'A visit has already been created for the patient within 24 hours' },
    });
    setMockNow('2026-11-22T10:00:00Z');
    const later = await createSoloPerfectAnswer(request({ mrn: 'MRN-24H' }));
    expect(later.patientId).toBe(first.patientId); // the same patient, updated
    expect(later.encounterId).not.toBe(first.encounterId);
  });

  it('refuses a patient whose appointment in Solo starts within 24 hours', async () => {
    const now = Date.now();
    const patient = [...soloCareStore.get().patients.values()].find((p) =>
      listSoloAppointmentsForPatient(p.spid).some(
        (a) => a.status !== 'cancelled' && Math.abs(a.startTime * 1000 - now) < 20 * 3600 * 1000,
      ),
    );
    expect(patient?.demographics.mrn).toBeDefined();
    setMockNow(now);
    const error = await createSoloPerfectAnswer(request({ mrn: patient?.demographics.mrn ?? '' })).catch(
      (e: unknown) => e,
    );
    expect((error as VendorError).vendorMessage).toBe(SOLO_PERFECT_ANSWER_24H_MESSAGE);
  });

  it.each([
    ['an unknown consultType', { consultType: 'follow-up' }],
    ['an unknown reason', { reason: 'Seizure' }],
    ['a locationId that is not a UUID', { locationId: '123' }],
    ['a missing MRN', { mrn: '' }],
    ['a malformed dob', { dob: '20/01/2001' }],
    ['a future dob', { dob: '2999-01-01' }],
    ['a date-time without a zone', { callCenterNotified: '2019-12-03 14:32' }],
  ])('refuses %s before sending', async (_name, overrides) => {
    await expect(
      createSoloPerfectAnswer(request(overrides as Partial<SoloPerfectAnswerRequest>)),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('the mock answers the documented Bad Request for a locationId that is not a UUID', async () => {
    const response = await client.post('/api/solo/qapi/v1/perfect-answer', request({ locationId: '123' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { message: 'Bad parameters [locationId: This is not a valid UUID.]' },
    });
  });

  it('the mock refuses enum values outside the documented lists', async () => {
    const response = await client.post('/api/solo/qapi/v1/perfect-answer', {
      ...request(),
      consultType: 'old',
      reason: 'stroke',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      'Bad parameters [consultType: The value you selected is not a valid choice., reason: The value you selected is not a valid choice.]',
    );
  });

  it('answers 400 for an unknown FMS location', async () => {
    const error = await createSoloPerfectAnswer(
      request({ locationId: '3f2b8c1e-0d4a-4f5b-9c6d-7e8f9a0b1c2d' }),
    ).catch((e: unknown) => e);
    expect((error as VendorError).status).toBe(400);
    expect((error as VendorError).vendorMessage).toBe('Bad parameters [locationId: Location not found.]');
  });

  it('useCreateSoloPerfectAnswer creates the visit', async () => {
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => useCreateSoloPerfectAnswer(), { wrapper });
    let answer: { encounterId: string } | undefined;
    await act(async () => {
      answer = await result.current.mutateAsync(request({ mrn: 'MRN-HOOK' }));
    });
    expect(answer?.encounterId).toMatch(uuid);
  });
});
