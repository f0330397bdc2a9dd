import { z } from 'zod';
import { parseOffsetTimestamp } from '@/lib/mappings/datetime';
import { isMappingError } from '@/lib/mappings/errors';
import type { CallOptions } from '../http';
import { refineIsoDate } from '../iso-date';
import { parseInput } from '../zod-issues';
import { scanRequest } from './client';
import { scanEndpoints } from './endpoints';
import { scanReferralSchema } from './referrals';

/** CONFIRMED: every time-slot id is one 15-minute block. */
export const SCAN_BLOCK_MINUTES = 15;

function instantOf(value: string): number | null {
  try {
    return parseOffsetTimestamp(value).getTime();
  } catch (error) {
    if (isMappingError(error)) return null;
    throw error;
  }
}

/** An offset timestamp such as `2022-09-28T12:00:00.000+01:00`, kept as written. */
const offsetTimestamp = z.string().refine((value) => instantOf(value) !== null, {
  message: 'Expected a timestamp with its offset, e.g. 2022-09-28T12:00:00.000+01:00.',
});

const blockIds = z
  .array(z.number().int().positive())
  .min(1)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'validation.duplicate' });

/**
 * One appointment slot: several 15-minute blocks, each with its own id (CONFIRMED). The slot must last
 * exactly `ids.length × 15` minutes.
 */
export const scanTimeSlotSchema = z
  .object({ ids: blockIds, start_time: offsetTimestamp, end_time: offsetTimestamp })
  .refine(
    (slot) => {
      const start = instantOf(slot.start_time);
      const end = instantOf(slot.end_time);
      // An unreadable timestamp is already reported on its own field.
      if (start === null || end === null || !Array.isArray(slot.ids)) return true;
      return end - start === slot.ids.length * SCAN_BLOCK_MINUTES * 60_000;
    },
    { message: 'A slot lasts 15 minutes per block id.' },
  );
export type ScanTimeSlot = z.infer<typeof scanTimeSlotSchema>;

/** ASSUMED optional filter: one day (`YYYY-MM-DD`, the provider's local day). */
export const scanTimeSlotFilterSchema = z.object({ date: z.string().superRefine(refineIsoDate).optional() });
export type ScanTimeSlotFilter = z.infer<typeof scanTimeSlotFilterSchema>;

export const scanPickTimeSlotsSchema = z.object({ time_slot_ids: blockIds });

/** The free slots at the referral's imaging provider (set the provider first). */
export async function listScanTimeSlots(
  referralId: number,
  filter: ScanTimeSlotFilter = {},
  options: CallOptions = {},
) {
  return scanRequest({
    ...scanEndpoints.listTimeSlots.at({ referral_id: referralId }),
    query: parseInput('scan', scanEndpoints.listTimeSlots.name, scanTimeSlotFilterSchema, filter),
    data: z.array(scanTimeSlotSchema),
    ...options,
  });
}

/** CONFIRMED body `{ "time_slot_ids": [16523, 16539, 16571] }`: every block of the chosen slot. */
export async function pickScanTimeSlots(
  referralId: number,
  timeSlotIds: number[],
  options: CallOptions = {},
) {
  return scanRequest({
    ...scanEndpoints.pickTimeSlots.at({ referral_id: referralId }),
    json: parseInput('scan', scanEndpoints.pickTimeSlots.name, scanPickTimeSlotsSchema, {
      time_slot_ids: timeSlotIds,
    }),
    data: scanReferralSchema,
    ...options,
  });
}
