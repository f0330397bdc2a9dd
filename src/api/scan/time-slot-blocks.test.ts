import { beforeEach, describe, expect, it } from 'vitest';
import { createTestReferral, startTestScanUser } from '../../test/scan.test-helpers';
import { InputError, VendorError } from '../errors';
import { setScanImagingProvider } from './imaging-providers';
import { listScanTimeSlots, pickScanTimeSlots } from './time-slots';

/** The Scan.com mock's rule for PATCH time_slots (mocks/scan/rules.ts pickableBlocks), through the real API. */

async function mriReferral() {
  const referral = await createTestReferral({ modality: 'MRI', body_part_ids: [63] });
  await setScanImagingProvider(referral.id, 203);
  return referral;
}

/** Two listed MRI slots (3 blocks each) that follow each other with no gap. */
async function adjacentSlots(referralId: number) {
  const slots = await listScanTimeSlots(referralId);
  for (let i = 1; i < slots.length; i++) {
    const [a, b] = [slots[i - 1], slots[i]];
    if (a && b && Date.parse(a.end_time) === Date.parse(b.start_time)) return [a, b] as const;
  }
  throw new Error('no adjacent slots in the mock');
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VendorError);
  expect(error).toMatchObject({ status: 422 });
  return ((error as VendorError).fieldErrors.time_slot_ids ?? []).join(' ');
}

beforeEach(() => startTestScanUser());

describe('Scan.com mock: picking 15-minute blocks', () => {
  it('accepts consecutive blocks spanning two slots (a longer scan), in time order whatever the order sent', async () => {
    const referral = await mriReferral();
    const [a, b] = await adjacentSlots(referral.id);
    const ids = [...a.ids, ...b.ids];
    const updated = await pickScanTimeSlots(referral.id, [...ids].reverse());
    expect(updated.time_slot_ids).toEqual(ids);
    const left = (await listScanTimeSlots(referral.id)).flatMap((slot) => slot.ids);
    for (const id of ids) expect(left).not.toContain(id);
  });

  it('accepts consecutive blocks across a slot boundary (not aligned to a listed slot)', async () => {
    const referral = await mriReferral();
    const [a, b] = await adjacentSlots(referral.id);
    const ids = [...a.ids.slice(1), ...b.ids.slice(0, 1)];
    const updated = await pickScanTimeSlots(referral.id, ids);
    expect(updated.time_slot_ids).toEqual(ids);
    // Both listed slots that share a block are gone for everyone.
    const starts = (await listScanTimeSlots(referral.id)).map((slot) => slot.start_time);
    expect(starts).not.toContain(a.start_time);
    expect(starts).not.toContain(b.start_time);
  });

  it('refuses a gap, too few blocks, and a block another referral holds', async () => {
    const referral = await mriReferral();
    const [a, b] = await adjacentSlots(referral.id);
    expect(
      await refusal(pickScanTimeSlots(referral.id, [...a.ids.slice(0, 2), ...b.ids.slice(1)])),
    ).toContain('not consecutive');
    expect(await refusal(pickScanTimeSlots(referral.id, a.ids.slice(0, 2)))).toContain(
      'needs 3 consecutive blocks',
    );
    const first = a.ids[0] as number;
    // A block chosen twice never leaves the browser (the service layer refuses it as input).
    await expect(pickScanTimeSlots(referral.id, [first, ...a.ids])).rejects.toBeInstanceOf(InputError);

    const other = await mriReferral();
    await pickScanTimeSlots(other.id, b.ids);
    expect(await refusal(pickScanTimeSlots(referral.id, [...a.ids, ...b.ids]))).toContain('is not free');
    // The referral's own blocks stay pickable when it changes its mind (choose again, one block more).
    await pickScanTimeSlots(referral.id, a.ids);
    const again = await pickScanTimeSlots(referral.id, a.ids);
    expect(again.time_slot_ids).toEqual(a.ids);
  });
});
