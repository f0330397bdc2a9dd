import { scanStore } from '@mocks/scan/store';
import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createQueryWrapper } from '../../test/query-wrapper';
import { createTestReferral, startTestScanUser } from '../../test/scan.test-helpers';
import { InputError, VendorError } from '../errors';
import { answerScanSafetyQuestions, listScanSafetyQuestions, setScanGpDetails } from './confirmation';
import { setScanImagingProvider } from './imaging-providers';
import {
  usePickScanTimeSlots,
  useScanSafetyQuestions,
  useScanTimeSlots,
  useSubmitScanReferral,
} from './queries';
import { updateScanReferral } from './referrals';
import { confirmScanReferral, submitScanReferral } from './submission';
import { listScanTimeSlots, pickScanTimeSlots, scanTimeSlotSchema } from './time-slots';

const gp = {
  gp_name: 'Dr Ada Smith',
  practice_name: 'Drury Lane Surgery',
  practice_address: '1 Drury Lane, Stockport',
  practice_postcode: 'SK7 2EB',
};

async function referralAtProvider() {
  const referral = await createTestReferral({
    modality: 'MRI',
    body_part_ids: [63, 64],
    referral_information: 'Persistent pain in both ankles',
  });
  await setScanImagingProvider(referral.id, 203);
  return referral;
}

beforeEach(() => startTestScanUser());

describe('Scan.com time slots', () => {
  it('lists slots of 15-minute blocks (MRI: 3 blocks, 45 minutes) with offset timestamps', async () => {
    const referral = await referralAtProvider();
    const slots = await listScanTimeSlots(referral.id);
    expect(slots.length).toBeGreaterThan(10);
    const first = slots[0];
    expect(first?.ids).toHaveLength(3);
    expect(first?.start_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000[+-]\d{2}:\d{2}$/);
    const date = first?.start_time.slice(0, 10) ?? '';
    const oneDay = await listScanTimeSlots(referral.id, { date });
    expect(oneDay.every((s) => s.start_time.startsWith(date))).toBe(true);
  });

  it('a booked block disappears from the list, for every user', async () => {
    const referral = await referralAtProvider();
    const before = await listScanTimeSlots(referral.id);
    const chosen = before[0];
    if (!chosen) throw new Error('no slot');
    const updated = await pickScanTimeSlots(referral.id, chosen.ids);
    expect(updated.time_slot_ids).toEqual(chosen.ids);
    const after = await listScanTimeSlots(referral.id);
    expect(after.flatMap((s) => s.ids)).not.toEqual(expect.arrayContaining([chosen.ids[0]]));
    expect(after).toHaveLength(before.length - 1);
    // Another user at the same provider does not see it either.
    await startTestScanUser('Other');
    const theirs = await referralAtProvider();
    const seen = (await listScanTimeSlots(theirs.id)).flatMap((s) => s.ids);
    for (const id of chosen.ids) expect(seen).not.toContain(id);
    // …and cannot book it.
    await expect(pickScanTimeSlots(theirs.id, chosen.ids)).rejects.toMatchObject({
      status: 422,
      fieldErrors: { time_slot_ids: [expect.stringContaining('not one free time slot')] },
    });
  });

  it('choosing another slot frees the previous blocks', async () => {
    const referral = await referralAtProvider();
    const [a, b] = await listScanTimeSlots(referral.id);
    if (!a || !b) throw new Error('no slots');
    await pickScanTimeSlots(referral.id, a.ids);
    await pickScanTimeSlots(referral.id, b.ids);
    const ids = (await listScanTimeSlots(referral.id)).flatMap((s) => s.ids);
    expect(ids).toContain(a.ids[0]);
    expect(ids).not.toContain(b.ids[0]);
    const blocks = scanStore.get().blocks;
    expect(a.ids.every((id) => blocks.get(id)?.bookedBy === null)).toBe(true);
  });

  it('refuses part of a slot, and slots before a provider is chosen', async () => {
    const referral = await referralAtProvider();
    const [slot] = await listScanTimeSlots(referral.id);
    await expect(pickScanTimeSlots(referral.id, slot?.ids.slice(0, 2) ?? [])).rejects.toBeInstanceOf(
      VendorError,
    );
    const bare = await createTestReferral({ modality: 'MRI' });
    await expect(listScanTimeSlots(bare.id)).rejects.toMatchObject({
      status: 422,
      fieldErrors: { imaging_provider_id: [expect.any(String)] },
    });
    await expect(pickScanTimeSlots(bare.id, [])).rejects.toBeInstanceOf(InputError);
  });

  it('validates that a slot lasts 15 minutes per block', () => {
    const slot = { ids: [16523, 16539, 16571], start_time: '2022-09-28T12:00:00.000+01:00' };
    expect(scanTimeSlotSchema.safeParse({ ...slot, end_time: '2022-09-28T12:45:00.000+01:00' }).success).toBe(
      true,
    );
    expect(scanTimeSlotSchema.safeParse({ ...slot, end_time: '2022-09-28T12:30:00.000+01:00' }).success).toBe(
      false,
    );
    expect(scanTimeSlotSchema.safeParse({ ...slot, end_time: '2022-09-28T12:45:00.000' }).success).toBe(
      false,
    );
  });

  it('hooks: picking refreshes the slot list', async () => {
    const referral = await referralAtProvider();
    const { wrapper } = createQueryWrapper();
    const list = renderHook(() => useScanTimeSlots(referral.id), { wrapper });
    await waitFor(() => expect(list.result.current.data?.length).toBeGreaterThan(0));
    const first = list.result.current.data?.[0];
    const pick = renderHook(() => usePickScanTimeSlots(referral.id), { wrapper });
    await pick.result.current.mutateAsync(first?.ids ?? []);
    await waitFor(() => expect(list.result.current.data?.[0]?.ids).not.toEqual(first?.ids));
  });
});

describe('Scan.com GP details, safety questions, submit and confirm', () => {
  it('lists the safety questions of the referral and records GP details and answers', async () => {
    const referral = await referralAtProvider();
    const questions = await listScanSafetyQuestions(referral.id);
    expect(questions.length).toBe(4);
    await setScanGpDetails(referral.id, gp);
    const answered = await answerScanSafetyQuestions(
      referral.id,
      questions.map((q) => ({ safety_question_id: q.id, answer: false })),
    );
    expect(answered.gp_details).toEqual(gp);
    expect(answered.safety_question_answers).toHaveLength(4);
  });

  it('needs details for a "yes" when the question asks for them', async () => {
    const referral = await referralAtProvider();
    const [pacemaker] = await listScanSafetyQuestions(referral.id);
    await expect(
      answerScanSafetyQuestions(referral.id, [{ safety_question_id: pacemaker?.id ?? 0, answer: true }]),
    ).rejects.toMatchObject({
      status: 422,
      fieldErrors: { 'safety_question_answers[0].details': [expect.any(String)] },
    });
    await expect(
      answerScanSafetyQuestions(referral.id, [
        { safety_question_id: 1, answer: false },
        { safety_question_id: 1, answer: true },
      ]),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('submit needs body_part_ids, modality and referral_information (field errors)', async () => {
    const referral = await createTestReferral();
    const error = await submitScanReferral(referral.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect(Object.keys((error as VendorError).fieldErrors).sort()).toEqual([
      'body_part_ids',
      'modality',
      'referral_information',
    ]);
    await updateScanReferral(referral.id, {
      modality: 'MRI',
      body_part_ids: [63],
      referral_information: 'Pain',
    });
    expect((await submitScanReferral(referral.id)).status).toBe('submitted');
    await expect(submitScanReferral(referral.id)).rejects.toMatchObject({ status: 422 });
    await expect(updateScanReferral(referral.id, { referral_information: 'late' })).rejects.toMatchObject({
      fieldErrors: { base: [expect.stringContaining('submitted')] },
    });
  });

  it('confirm needs a provider, time slots, GP details and every safety answer', async () => {
    const referral = await referralAtProvider();
    const error = await confirmScanReferral(referral.id).catch((e: unknown) => e);
    expect(Object.keys((error as VendorError).fieldErrors).sort()).toEqual([
      'gp_details',
      'safety_question_answers',
      'time_slot_ids',
    ]);
    const [slot] = await listScanTimeSlots(referral.id);
    await pickScanTimeSlots(referral.id, slot?.ids ?? []);
    await setScanGpDetails(referral.id, gp);
    const questions = await listScanSafetyQuestions(referral.id);
    await answerScanSafetyQuestions(
      referral.id,
      questions.map((q) => ({ safety_question_id: q.id, answer: false })),
    );
    const confirmed = await confirmScanReferral(referral.id);
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.time_slot_ids).toEqual(slot?.ids);
  });

  it('hooks: safety questions and submit', async () => {
    const referral = await referralAtProvider();
    const { wrapper } = createQueryWrapper();
    const questions = renderHook(() => useScanSafetyQuestions(referral.id), { wrapper });
    await waitFor(() => expect(questions.result.current.data).toHaveLength(4));
    const submit = renderHook(() => useSubmitScanReferral(referral.id), { wrapper });
    expect((await submit.result.current.mutateAsync()).status).toBe('submitted');
  });
});
