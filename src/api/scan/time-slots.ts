import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { parseOffsetTimestamp } from '@/lib/mappings/datetime';
import { isMappingError } from '@/lib/mappings/errors';
import { SCAN_BLOCK_MINUTES, scanEndpoints, scanPaths } from './paths';
import { referralSchema, scanReferralKeys } from './referrals';
import { scanRequest } from './session';

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
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Block ids must be unique.' });

/**
 * One appointment slot: several 15-minute blocks, each with its own id (CONFIRMED). The slot must last
 * exactly `ids.length × 15` minutes.
 */
export const timeSlotSchema = z
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
export type ScanTimeSlot = z.infer<typeof timeSlotSchema>;

/** ASSUMED optional filter: one day (`YYYY-MM-DD`, the provider's local day). */
export const timeSlotFilterSchema = z.object({ date: z.iso.date().optional() });
export type ScanTimeSlotFilter = z.infer<typeof timeSlotFilterSchema>;

export const pickTimeSlotsSchema = z.object({ time_slot_ids: blockIds });

/** The free slots at the referral's imaging provider (set the provider first). */
export async function listScanTimeSlots(
  referralId: number,
  filter: ScanTimeSlotFilter = {},
  options: { signal?: AbortSignal } = {},
) {
  return scanRequest({
    path: scanPaths.timeSlots(referralId),
    endpoint: scanEndpoints.listTimeSlots,
    query: timeSlotFilterSchema.parse(filter),
    data: z.array(timeSlotSchema),
    signal: options.signal,
  });
}

/** CONFIRMED body `{ "time_slot_ids": [16523, 16539, 16571] }`: every block of the chosen slot. */
export async function pickScanTimeSlots(
  referralId: number,
  timeSlotIds: number[],
  options: { signal?: AbortSignal } = {},
) {
  return scanRequest({
    method: 'PATCH',
    path: scanPaths.timeSlots(referralId),
    endpoint: scanEndpoints.pickTimeSlots,
    json: pickTimeSlotsSchema.parse({ time_slot_ids: timeSlotIds }),
    data: referralSchema,
    signal: options.signal,
  });
}

export const scanTimeSlotKeys = {
  all: ['scan', 'time-slots'] as const,
  forReferral: (referralId: number, filter: ScanTimeSlotFilter = {}) =>
    [...scanTimeSlotKeys.all, referralId, filter] as const,
};

export const scanTimeSlotsQuery = (referralId: number, filter: ScanTimeSlotFilter = {}) =>
  queryOptions({
    queryKey: scanTimeSlotKeys.forReferral(referralId, filter),
    queryFn: ({ signal }) => listScanTimeSlots(referralId, filter, { signal }),
    staleTime: 0,
  });

export function useScanTimeSlots(referralId: number | undefined, filter: ScanTimeSlotFilter = {}) {
  return useQuery({ ...scanTimeSlotsQuery(referralId ?? 0, filter), enabled: referralId !== undefined });
}

/** A booked block disappears from every list of slots: refresh them and the referral. */
export function usePickScanTimeSlots(referralId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (timeSlotIds: number[]) => pickScanTimeSlots(referralId, timeSlotIds),
    onSuccess: (referral) => {
      queryClient.setQueryData(scanReferralKeys.detail(referral.id), referral);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: scanTimeSlotKeys.all }),
        queryClient.invalidateQueries({ queryKey: scanReferralKeys.all }),
      ]);
    },
  });
}
