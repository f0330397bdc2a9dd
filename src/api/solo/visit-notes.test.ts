import { soloCareStore } from '@mocks/solo/care-db';
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createQueryWrapper } from '../../test/query-wrapper';
import { expectSoloError, pinCareClock, rawSolo } from '../../test/solo.test-helpers';
import { InputError } from '../errors';
import { soloKeys, useSoloVisitNote, useUpdateSoloVisitNote } from './queries';
import { getSoloVisitNote, updateSoloVisitNote } from './visit-notes';

beforeEach(() => {
  pinCareClock();
});

function completedAppointment() {
  const found = [...soloCareStore.get().appointments.values()].find((a) => a.visitNotes.length > 0);
  if (!found) throw new Error('seed');
  return found;
}

function template(name = 'Imaging Results Review') {
  const found = soloCareStore.get().templates.find((t) => t.name === name);
  if (!found) throw new Error('seed');
  return found;
}

describe('GET /qapi/v1/appointments/{appointment_id}/visit-note', () => {
  it('answers the visit notes of a completed appointment', async () => {
    const appointment = completedAppointment();
    const notes = await getSoloVisitNote(appointment.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.comments[0]?.templateId).toBe(notes[0]?.id);
    expect(notes[0]?.responses[0]?.dateTime.timezone_type).toBe(3);
  });

  it('answers 404 for an unknown appointment', async () => {
    await expectSoloError(getSoloVisitNote(11), 404, /not found/);
  });

  it('works through useSoloVisitNote', async () => {
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => useSoloVisitNote(completedAppointment().id), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
  });
});

describe('PUT /qapi/v1/appointments/{appointment_id}/visit-note', () => {
  it('records the answers to the template questions', async () => {
    const scheduled = [...soloCareStore.get().appointments.values()].find((a) => a.status === 'scheduled');
    if (!scheduled) throw new Error('seed');
    const t = template();
    const question = t.flow.sections[0]?.questions[0];
    if (!question) throw new Error('seed');
    await updateSoloVisitNote(scheduled.id, {
      name: t.name,
      questions: [{ id: question.id, value: ['MR'] }],
    });
    const notes = await getSoloVisitNote(scheduled.id);
    expect(notes[0]?.template.name).toBe(t.name);
    expect(notes[0]?.responses).toEqual([
      expect.objectContaining({ question: ['Study', 'Modality'], response: ['MR'] }),
    ]);
  });

  it('validates the body (client schema and mock)', async () => {
    const id = completedAppointment().id;
    await expect(updateSoloVisitNote(id, { name: '', questions: [] })).rejects.toBeInstanceOf(InputError);
    await expectSoloError(
      rawSolo('PUT', `/qapi/v1/appointments/${id}/visit-note`, { questions: [] }),
      400,
      'Field name is required.',
    );
    await expectSoloError(
      updateSoloVisitNote(id, { name: 'Imaging Results Review', questions: [{ id: 'nope', value: ['x'] }] }),
      400,
      /not part of template/,
    );
  });

  it('answers 404 for an unknown template or appointment', async () => {
    const id = completedAppointment().id;
    await expectSoloError(
      updateSoloVisitNote(id, { name: 'Unknown', questions: [{ id: 'q', value: [] }] }),
      404,
      /template "Unknown" not found/,
    );
    await expectSoloError(
      updateSoloVisitNote(12, { name: 'x', questions: [{ id: 'q', value: [] }] }),
      404,
      /Appointment 12 not found/,
    );
  });

  it('works through useUpdateSoloVisitNote, which invalidates the note', async () => {
    const id = completedAppointment().id;
    const t = template('Pre-scan Safety Screening');
    const question = t.flow.sections[0]?.questions[1];
    if (!question) throw new Error('seed');
    const { wrapper, queryClient } = createQueryWrapper();
    queryClient.setQueryData(soloKeys.visitNote(id), []);
    const { result } = renderHook(() => useUpdateSoloVisitNote(), { wrapper });
    await act(() =>
      result.current.mutateAsync({
        appointmentId: id,
        input: { name: t.name, questions: [{ id: question.id, value: ['No'] }] },
      }),
    );
    expect(queryClient.getQueryState(soloKeys.visitNote(id))?.isInvalidated).toBe(true);
  });
});
