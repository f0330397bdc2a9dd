import { getSoloPatient as dbPatient, soloCareStore } from '@mocks/solo/care-db';
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectInputIssue } from '../../test/input-error.test-helpers';
import { createQueryWrapper } from '../../test/query-wrapper';
import { captureSoloWebhooks, expectSoloError, pinCareClock, rawSolo } from '../../test/solo.test-helpers';
import { InputError } from '../errors';
import { createSoloAppointment } from './appointments';
import {
  assignSoloAppointmentEpisode,
  createSoloEpisode,
  getSoloEpisode,
  getSoloEpisodeAppointments,
  listSoloEpisodes,
  updateSoloEpisode,
} from './episodes';
import {
  soloKeys,
  useAssignSoloAppointmentEpisode,
  useCreateSoloEpisode,
  useSoloEpisode,
  useSoloEpisodeAppointments,
  useSoloEpisodes,
  useUpdateSoloEpisode,
} from './queries';

const SPID = 100_004;
const NY = 'Radiology Front Desk New York';
const input = {
  name: 'MRI follow-up',
  type: 'imaging follow-up',
  from: '2026-11-21',
  status: 'ACTIVE' as const,
};

beforeEach(() => {
  pinCareClock();
});

function patientId() {
  const p = dbPatient(SPID);
  if (!p) throw new Error('seed');
  return p.id;
}

describe('POST /qapi/v1/patients/{patient_id}/episodes', () => {
  it('creates an episode and emits episode:created', async () => {
    const events = captureSoloWebhooks();
    const id = await createSoloEpisode(patientId(), {
      ...input,
      to: '2026-12-31',
      objective: 'track the lesion',
    });
    expect(events).toEqual([{ event: 'episode:created', data: { episodeId: id } }]);
    const episode = await getSoloEpisode(id);
    expect(episode).toMatchObject({
      name: 'MRI follow-up',
      status: 'ACTIVE',
      soloPatientId: SPID,
      externalPatientId: patientId(),
    });
  });

  it('validates the body: required fields, status enum, dates (client schema and mock)', async () => {
    await expect(
      createSoloEpisode(patientId(), { ...input, status: 'DONE' as 'ACTIVE' }),
    ).rejects.toBeInstanceOf(InputError);
    await expect(createSoloEpisode(patientId(), { ...input, from: '2026-13-01' })).rejects.toBeInstanceOf(
      InputError,
    );
    await expectInputIssue(
      createSoloEpisode(patientId(), { ...input, to: '2026-01-01' }),
      'to',
      'validation.windowReversed',
    );
    const path = `/qapi/v1/patients/${patientId()}/episodes`;
    await expectSoloError(
      rawSolo('POST', path, { ...input, status: 'DONE' }),
      400,
      /status must be one of PLANNING/,
    );
    await expectSoloError(
      rawSolo('POST', path, { ...input, name: undefined }),
      400,
      'Field name is required.',
    );
    await expectSoloError(
      rawSolo('POST', path, { ...input, from: undefined }),
      400,
      'Field from is required.',
    );
  });

  it('answers 404 for an unknown patient', async () => {
    await expectSoloError(createSoloEpisode('nobody', input), 404, /not found/);
  });
});

describe('GET /qapi/v1/patients/{patient_id}/episodes', () => {
  it('lists the episodes of a patient', async () => {
    const id = await createSoloEpisode(patientId(), input);
    const episodes = await listSoloEpisodes(patientId());
    expect(episodes.map((e) => e.id)).toContain(id);
    for (const episode of episodes) expect(episode.patientId).toBe(patientId());
  });

  it('answers 404 for an unknown patient', async () => {
    await expectSoloError(listSoloEpisodes('nobody'), 404, /not found/);
  });
});

describe('GET and PUT /qapi/v1/episodes/{episode_id}', () => {
  it('updates an episode and emits episode:updated', async () => {
    const id = await createSoloEpisode(patientId(), input);
    const events = captureSoloWebhooks();
    await updateSoloEpisode(id, { ...input, status: 'FINISHED', to: '2026-11-30', reasonIncomplete: 'n/a' });
    expect(events).toEqual([{ event: 'episode:updated', data: { episodeId: id } }]);
    expect(await getSoloEpisode(id)).toMatchObject({ status: 'FINISHED', to: '2026-11-30' });
  });

  it('answers 404 for an unknown episode and 400 for a bad status', async () => {
    await expectSoloError(getSoloEpisode('missing'), 404, 'Episode missing not found.');
    await expectSoloError(updateSoloEpisode('missing', input), 404, /not found/);
    const id = await createSoloEpisode(patientId(), input);
    await expectSoloError(
      rawSolo('PUT', `/qapi/v1/episodes/${id}`, { ...input, status: 'closed' }),
      400,
      /status must be one of/,
    );
  });
});

describe('episode appointments and reassignment', () => {
  it('lists the appointments of an episode and moves an appointment between episodes', async () => {
    const first = await createSoloEpisode(patientId(), input);
    const second = await createSoloEpisode(patientId(), { ...input, name: 'Second' });
    const { id } = await createSoloAppointment({ spid: SPID }, { waitingRoom: NY, episodeOfCareId: first });
    let list = await getSoloEpisodeAppointments(first);
    expect(list.episode.id).toBe(first);
    expect(list.appointments).toEqual([
      expect.objectContaining({ appointmentId: id, hasNotes: false, episodeOfCareId: first }),
    ]);
    await assignSoloAppointmentEpisode(id, { episodeId: second });
    list = await getSoloEpisodeAppointments(first);
    expect(list.appointments).toEqual([]);
    expect((await getSoloEpisodeAppointments(second)).appointments.map((a) => a.appointmentId)).toEqual([id]);
    await assignSoloAppointmentEpisode(id, {});
    expect((await getSoloEpisodeAppointments(second)).appointments).toEqual([]);
  });

  it('answers 404 for unknown episodes or appointments and 422 for an episode of another patient', async () => {
    await expectSoloError(getSoloEpisodeAppointments('missing'), 404, /not found/);
    const { id } = await createSoloAppointment({ spid: SPID }, { waitingRoom: NY });
    await expectSoloError(assignSoloAppointmentEpisode(id, { episodeId: 'missing' }), 404, /not found/);
    await expectSoloError(assignSoloAppointmentEpisode(13, {}), 404, /Appointment 13 not found/);
    const foreign = [...soloCareStore.get().episodes.values()].find((e) => e.patientSpid !== SPID);
    if (!foreign) throw new Error('seed');
    await expectSoloError(
      assignSoloAppointmentEpisode(id, { episodeId: foreign.id }),
      422,
      /another patient/,
    );
  });
});

describe('episode hooks', () => {
  it('query hooks fetch and mutation hooks invalidate', async () => {
    const id = await createSoloEpisode(patientId(), input);
    const { id: appointmentId } = await createSoloAppointment({ spid: SPID }, { waitingRoom: NY });
    const { wrapper, queryClient } = createQueryWrapper();
    const { result } = renderHook(
      () => ({
        list: useSoloEpisodes(patientId()),
        one: useSoloEpisode(id),
        appointments: useSoloEpisodeAppointments(id),
        create: useCreateSoloEpisode(),
        update: useUpdateSoloEpisode(),
        assign: useAssignSoloAppointmentEpisode(),
      }),
      { wrapper },
    );
    await waitFor(() => {
      expect(result.current.list.isSuccess).toBe(true);
      expect(result.current.one.isSuccess).toBe(true);
      expect(result.current.appointments.isSuccess).toBe(true);
    });
    await act(() =>
      result.current.create.mutateAsync({ patientId: patientId(), input: { ...input, name: 'Hook' } }),
    );
    await waitFor(() => expect(result.current.list.data?.some((e) => e.name === 'Hook')).toBe(true));
    await act(() =>
      result.current.update.mutateAsync({ episodeId: id, input: { ...input, status: 'ONHOLD' } }),
    );
    await waitFor(() => expect(result.current.one.data?.status).toBe('ONHOLD'));
    await act(() => result.current.assign.mutateAsync({ appointmentId, input: { episodeId: id } }));
    await waitFor(() =>
      expect(result.current.appointments.data?.appointments.map((a) => a.appointmentId)).toEqual([
        appointmentId,
      ]),
    );
    expect(queryClient.getQueryState(soloKeys.episode(id))?.status).toBe('success');
  });
});
