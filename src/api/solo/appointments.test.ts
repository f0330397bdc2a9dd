import {
  getSoloAppointment as dbAppointment,
  getSoloPatient as dbPatient,
  listSoloAppointmentsForPatient,
  soloCareStore,
} from '@mocks/solo/care-db';
import { advanceSoloAppointment } from '@mocks/solo/care-workflow';
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectInputIssue } from '../../test/input-error.test-helpers';
import { createQueryWrapper } from '../../test/query-wrapper';
import { captureSoloWebhooks, expectSoloError, pinCareClock, rawSolo } from '../../test/solo.test-helpers';
import { InputError, VendorError } from '../errors';
import {
  useCreateSoloAppointment,
  useSoloAppointment,
  useSoloMsTeamsProviderLink,
  useSoloProviderLink,
  useSoloVideoCallLinksByExternalId,
  useSoloVideoCallLinksBySaid,
  useUpdateSoloAppointment,
} from './appointment-queries';
import {
  cancelSoloAppointment,
  createSoloAppointment,
  getSoloAppointment,
  getSoloMsTeamsProviderLink,
  getSoloProviderLink,
  getSoloVideoCallLinksByExternalId,
  getSoloVideoCallLinksBySaid,
  rescheduleSoloAppointment,
  setSoloAppointmentExternalId,
  updateSoloAppointment,
} from './appointments';
import { soloKeys } from './queries';
import { getSoloSlots } from './slots';

const SPID = 100_002;
const NY = 'Radiology Front Desk New York';
let now = 0;

beforeEach(() => {
  now = pinCareClock();
});

function patient() {
  const p = dbPatient(SPID);
  if (!p) throw new Error('seed');
  return p;
}

/** The first free slot of the New York room from tomorrow on. */
async function freeSlot(offsetDays = 1) {
  const after = now + offsetDays * 86_400;
  const slots = await getSoloSlots({ after, before: after + 7 * 86_400, waitingRoom: NY });
  const slot = slots[0];
  if (!slot) throw new Error('no free slot');
  return slot;
}

describe('POST /qapi/v1/patients/{patient_id}/appointments (and by HSID, by SPID)', () => {
  it('books by patient id on a free slot, takes the slot away and emits appointment:scheduled', async () => {
    const events = captureSoloWebhooks();
    const slot = await freeSlot();
    const created = await createSoloAppointment(
      { patientId: patient().id },
      { date: slot.date, waitingRoom: NY, reasons: ['MRI results'] },
    );
    expect(created.visitUrl).toMatch(/^https:\/\//);
    expect(events).toEqual([{ event: 'appointment:scheduled', data: { appointmentId: created.id } }]);
    const after = await getSoloSlots({ after: slot.date, before: slot.date + 3600, waitingRoom: NY });
    expect(after.some((s) => s.date === slot.date)).toBe(false);
    const appointment = await getSoloAppointment(created.id);
    expect(appointment).toMatchObject({
      date: slot.date,
      duration: 900,
      status: 'scheduled',
      reasons: ['MRI results'],
    });
    expect(appointment.patient.id).toBe(patient().id);
    expect(listSoloAppointmentsForPatient(SPID).some((a) => a.id === created.id)).toBe(true);
  });

  it('books by HSID and by SPID', async () => {
    const slot = await freeSlot();
    const byHsid = await createSoloAppointment(
      { hsid: patient().hsid },
      { date: slot.date, waitingRoom: NY },
    );
    const slot2 = await freeSlot();
    const bySpid = await createSoloAppointment(
      { spid: SPID },
      { date: slot2.date, waitingRoom: NY, duration: 900 },
    );
    expect(dbAppointment(byHsid.id)?.patientId).toBe(SPID);
    expect(dbAppointment(bySpid.id)?.patientId).toBe(SPID);
  });

  it('answers 404 for unknown patients, HSIDs, SPIDs and waiting rooms', async () => {
    await expectSoloError(
      createSoloAppointment({ patientId: 'nobody' }, { waitingRoom: NY }),
      404,
      /not found/,
    );
    await expectSoloError(
      createSoloAppointment({ hsid: 'HS0' }, { waitingRoom: NY }),
      404,
      /HSID HS0 not found/,
    );
    await expectSoloError(createSoloAppointment({ spid: 3 }, { waitingRoom: NY }), 404, /SPID 3 not found/);
    await expectSoloError(
      createSoloAppointment({ spid: SPID }, { waitingRoom: 'Nowhere' }),
      404,
      'Waiting room "Nowhere" not found.',
    );
  });

  it('requires waitingRoom (client schema and mock)', async () => {
    await expectInputIssue(
      createSoloAppointment({ spid: SPID }, { waitingRoom: '' }),
      'waitingRoom',
      'validation.required',
    );
    await expectSoloError(
      rawSolo('POST', `/qapi/v1/patients/id/type/SPID/value/${SPID}/appointments`, { reasons: ['x'] }),
      400,
      'Field waitingRoom is required.',
    );
  });

  it('keeps duration within [1, 86400] (client schema and mock)', async () => {
    for (const duration of [0, 86_401, 1.5]) {
      await expect(
        createSoloAppointment({ spid: SPID }, { waitingRoom: NY, duration }),
      ).rejects.toBeInstanceOf(InputError);
    }
    for (const duration of [0, 86_401]) {
      await expectSoloError(
        rawSolo('POST', `/qapi/v1/patients/id/type/SPID/value/${SPID}/appointments`, {
          waitingRoom: NY,
          duration,
        }),
        400,
        'Field duration should be in range [1, 86400].',
      );
    }
    // The bounds themselves are accepted (on-demand visits, without a date).
    await createSoloAppointment({ spid: SPID }, { waitingRoom: NY, duration: 1 });
    await createSoloAppointment({ spid: SPID }, { waitingRoom: NY, duration: 86_400 });
  });

  it('refuses a time outside opening hours with 422', async () => {
    const sunday = Date.UTC(2026, 10, 29, 15, 0) / 1000; // Sunday 29 Nov 2026, the NY room is closed
    await expectSoloError(
      createSoloAppointment({ spid: SPID }, { date: sunday, waitingRoom: NY }),
      422,
      /outside the opening hours/,
    );
  });

  it('never double-books: two concurrent bookings of one slot give one appointment and one 409', async () => {
    const slot = await freeSlot(2);
    const before = soloCareStore.get().appointments.size;
    const results = await Promise.allSettled([
      createSoloAppointment({ spid: SPID }, { date: slot.date, waitingRoom: NY }),
      createSoloAppointment({ spid: 100_003 }, { date: slot.date, waitingRoom: NY }),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    const error = failed[0]?.reason;
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).status).toBe(409);
    expect((error as VendorError).vendorMessage).toMatch(/is no longer available/);
    expect(soloCareStore.get().appointments.size).toBe(before + 1);
    // An overlapping booking of another length is refused too.
    await expectSoloError(
      createSoloAppointment({ spid: SPID }, { date: slot.date + 300, duration: 900, waitingRoom: NY }),
      409,
      /no longer available/,
    );
  });

  it('refuses a duplicate externalId and an episode of another patient', async () => {
    const slot = await freeSlot();
    await createSoloAppointment({ spid: SPID }, { date: slot.date, waitingRoom: NY, externalId: 'ext-1' });
    await expectSoloError(
      createSoloAppointment({ spid: SPID }, { waitingRoom: NY, externalId: 'ext-1' }),
      409,
      /ext-1/,
    );
    const foreign = [...soloCareStore.get().episodes.values()].find((e) => e.patientSpid !== SPID);
    if (!foreign) throw new Error('seed');
    await expectSoloError(
      createSoloAppointment({ spid: SPID }, { waitingRoom: NY, episodeOfCareId: foreign.id }),
      422,
      /another patient/,
    );
    await expectSoloError(
      createSoloAppointment({ spid: SPID }, { waitingRoom: NY, episodeOfCareId: 'nope' }),
      404,
      /nope/,
    );
  });

  it('works through useCreateSoloAppointment, which invalidates the slots', async () => {
    const slot = await freeSlot();
    const { wrapper, queryClient } = createQueryWrapper();
    const key = soloKeys.slotList({ after: 1, before: 2, waitingRoom: NY });
    queryClient.setQueryData(key, []);
    const { result } = renderHook(() => useCreateSoloAppointment(), { wrapper });
    await act(() =>
      result.current.mutateAsync({ patient: { spid: SPID }, input: { date: slot.date, waitingRoom: NY } }),
    );
    expect(queryClient.getQueryState(key)?.isInvalidated).toBe(true);
  });
});

describe('GET /qapi/v1/appointments/{appointment_id}', () => {
  it('answers a seeded appointment with its patient and providers', async () => {
    const seeded = [...soloCareStore.get().appointments.values()].find((a) => a.status === 'completed');
    if (!seeded) throw new Error('seed');
    const appointment = await getSoloAppointment(seeded.id);
    expect(appointment.status).toBe('completed');
    expect(appointment.providers.length).toBeGreaterThan(0);
    expect(appointment.videoCall?.status).toBe('complete');
  });

  it('answers 404 for an unknown appointment', async () => {
    await expectSoloError(getSoloAppointment(1), 404, 'Appointment 1 not found.');
  });

  it('works through useSoloAppointment', async () => {
    const id = [...soloCareStore.get().appointments.keys()][0];
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => useSoloAppointment(id), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.id).toBe(id);
  });
});

describe('PUT /qapi/v1/appointments/{appointment_id}', () => {
  async function booked() {
    const slot = await freeSlot();
    return createSoloAppointment({ spid: SPID }, { date: slot.date, waitingRoom: NY });
  }

  it('reschedules to a free slot (emits appointment:rescheduled) and frees the old slot', async () => {
    const { id } = await booked();
    const oldDate = dbAppointment(id)?.startTime ?? 0;
    const target = await freeSlot(3);
    const events = captureSoloWebhooks();
    await rescheduleSoloAppointment(id, { date: target.date });
    expect((await getSoloAppointment(id)).date).toBe(target.date);
    expect(events).toEqual([{ event: 'appointment:rescheduled', data: { appointmentId: id } }]);
    const old = await getSoloSlots({ after: oldDate, before: oldDate + 900, waitingRoom: NY });
    expect(old).toEqual([{ date: oldDate, duration: 900 }]);
  });

  it('refuses to reschedule onto a booked slot (409)', async () => {
    const first = await booked();
    const second = await booked();
    const taken = dbAppointment(first.id)?.startTime ?? 0;
    await expectSoloError(rescheduleSoloAppointment(second.id, { date: taken }), 409, /no longer available/);
  });

  it('cancels (emits appointment:cancelled, frees the slot) and refuses to cancel twice', async () => {
    const { id } = await booked();
    const events = captureSoloWebhooks();
    await cancelSoloAppointment(id);
    expect((await getSoloAppointment(id)).status).toBe('cancelled');
    expect(events).toEqual([{ event: 'appointment:cancelled', data: { appointmentId: id } }]);
    await expectSoloError(cancelSoloAppointment(id), 409, /already "cancelled"/);
  });

  it('allows only the cancelled status (client schema and mock)', async () => {
    const { id } = await booked();
    await expect(updateSoloAppointment(id, { status: 'completed' as 'cancelled' })).rejects.toBeInstanceOf(
      InputError,
    );
    await expectSoloError(
      rawSolo('PUT', `/qapi/v1/appointments/${id}`, { status: 'completed' }),
      400,
      /only cancelled/,
    );
  });

  it('keeps duration within [1, 86400] and refuses an empty update', async () => {
    const { id } = await booked();
    await expect(updateSoloAppointment(id, { duration: 0 })).rejects.toBeInstanceOf(InputError);
    await expectInputIssue(updateSoloAppointment(id, {}), '', 'validation.nothingToUpdate');
    await expectSoloError(
      rawSolo('PUT', `/qapi/v1/appointments/${id}`, { duration: 86_401 }),
      400,
      /\[1, 86400\]/,
    );
  });

  it('sets the external id, reasons and encounter; 409 on an external id in use', async () => {
    const { id } = await booked();
    await setSoloAppointmentExternalId(id, 'ris-42');
    await updateSoloAppointment(id, { reasons: ['vomit'], accountNumber: 'ABC123456789' });
    const appointment = await getSoloAppointment(id);
    expect(appointment.externalId).toBe('ris-42');
    expect(appointment.reasons).toEqual(['vomit']);
    const other = await booked();
    await expectSoloError(setSoloAppointmentExternalId(other.id, 'ris-42'), 409, /already exists/);
  });

  it('answers 404 for an unknown appointment', async () => {
    await expectSoloError(cancelSoloAppointment(5), 404, /not found/);
  });

  it('works through useUpdateSoloAppointment, which invalidates the appointment', async () => {
    const { id } = await booked();
    const { wrapper, queryClient } = createQueryWrapper();
    queryClient.setQueryData(soloKeys.appointment(id), { id });
    const { result } = renderHook(() => useUpdateSoloAppointment(), { wrapper });
    await act(() => result.current.mutateAsync({ id, input: { status: 'cancelled' } }));
    expect(queryClient.getQueryState(soloKeys.appointment(id))?.isInvalidated).toBe(true);
  });
});

describe('status workflow driven by the Solo platform (mock) and its webhooks', () => {
  it('emits completed, no-show and LWBS events, and follows the documented order', async () => {
    const events = captureSoloWebhooks();
    const a = await createSoloAppointment({ spid: SPID }, { waitingRoom: NY });
    const b = await createSoloAppointment({ spid: SPID }, { waitingRoom: NY });
    const c = await createSoloAppointment({ spid: SPID }, { waitingRoom: NY });
    events.length = 0;
    await advanceSoloAppointment(a.id, { status: 'arrived' });
    await advanceSoloAppointment(a.id, { status: 'in progress.exam.progress' });
    await advanceSoloAppointment(a.id, { status: 'completed' });
    await advanceSoloAppointment(b.id, { status: 'not showed up' });
    await advanceSoloAppointment(c.id, { videoCallStatus: 'LWBS' });
    expect(events).toEqual([
      { event: 'appointment:completed', data: { appointmentId: a.id } },
      { event: 'appointment:no-show', data: { appointmentId: b.id } },
      { event: 'appointment:lwbs', data: { appointmentId: c.id } },
    ]);
    expect((await getSoloAppointment(c.id)).videoCall?.status).toBe('LWBS');
    await expect(advanceSoloAppointment(a.id, { status: 'arrived' })).rejects.toThrow(
      /cannot become "arrived"/,
    );
    await expectSoloError(cancelSoloAppointment(a.id), 409, /already "completed"/);
    await expectSoloError(
      rescheduleSoloAppointment(b.id, { date: now + 86_400 }),
      409,
      /"not showed up" and can no longer be rescheduled/,
    );
  });
});

describe('appointment links', () => {
  it('GET provider-link answers the provider visit URL; 404 when unknown', async () => {
    const { id } = await createSoloAppointment({ spid: SPID }, { waitingRoom: NY });
    const link = await getSoloProviderLink(id);
    expect(link.id).toBe(id);
    expect(link.providerVisitUrl).toMatch(/^https:\/\//);
    await expectSoloError(getSoloProviderLink(7), 404, /not found/);
  });

  it('GET msteams-provider-link sends Teams-Auth-Token; 401 without it', async () => {
    const { id } = await createSoloAppointment({ spid: SPID }, { waitingRoom: NY });
    const link = await getSoloMsTeamsProviderLink(id, 'teams-token');
    expect(link.msTeamsProviderVisitUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    await expect(getSoloMsTeamsProviderLink(id, ' ')).rejects.toBeInstanceOf(InputError);
    await expectSoloError(
      rawSolo('GET', `/qapi/v1/appointments/${id}/msteams-provider-link`),
      401,
      /Teams-Auth-Token/,
    );
  });

  it('GET video-call-links by external id and by SAID; 404 when unknown', async () => {
    const { id } = await createSoloAppointment({ spid: SPID }, { waitingRoom: NY, externalId: 'ris-9001' });
    const byExternal = await getSoloVideoCallLinksByExternalId('ris-9001');
    const bySaid = await getSoloVideoCallLinksBySaid(id);
    expect(byExternal).toEqual(bySaid);
    expect(byExternal.appointmentExternalId).toBe('ris-9001');
    expect(byExternal.patientVisitUrl).not.toBe(byExternal.providerVisitUrl);
    await expectSoloError(getSoloVideoCallLinksByExternalId('missing'), 404, /external id missing/);
    await expectSoloError(getSoloVideoCallLinksBySaid(9), 404, /SAID 9/);
  });

  it('the link hooks fetch', async () => {
    const { id } = await createSoloAppointment({ spid: SPID }, { waitingRoom: NY, externalId: 'ris-hook' });
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(
      () => ({
        provider: useSoloProviderLink(id),
        teams: useSoloMsTeamsProviderLink(id, 'token'),
        said: useSoloVideoCallLinksBySaid(id),
        external: useSoloVideoCallLinksByExternalId('ris-hook'),
      }),
      { wrapper },
    );
    await waitFor(() => {
      expect(result.current.provider.isSuccess).toBe(true);
      expect(result.current.teams.isSuccess).toBe(true);
      expect(result.current.said.isSuccess).toBe(true);
      expect(result.current.external.isSuccess).toBe(true);
    });
  });
});
