import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { durationSecondsSchema, soloCareKeyRoot, unixSecondsSchema } from './care-common';
import { soloClient } from './client';

/** Free appointment slots of a waiting room in a date range. */

/** `after`, `before` and `waitingRoom` are required; `duration` is optional, in [1, 86400]. */
export const soloSlotQuerySchema = z
  .object({
    after: unixSecondsSchema,
    before: unixSecondsSchema,
    waitingRoom: z.string().trim().min(1, 'waitingRoom is required'),
    duration: durationSecondsSchema.optional(),
  })
  .superRefine((query, ctx) => {
    if (query.after >= query.before) {
      ctx.addIssue({ code: 'custom', path: ['before'], message: 'before must be later than after' });
    }
  });
export type SoloSlotQuery = z.input<typeof soloSlotQuerySchema>;

export const soloSlotSchema = z.object({ date: unixSecondsSchema, duration: durationSecondsSchema });
export type SoloSlot = z.infer<typeof soloSlotSchema>;
export const soloSlotsSchema = z.array(soloSlotSchema);

export const soloSlotKeys = {
  all: [...soloCareKeyRoot, 'slots'] as const,
  search: (query: SoloSlotQuery) =>
    [...soloSlotKeys.all, query.waitingRoom, query.after, query.before, query.duration ?? null] as const,
};

export async function getSoloSlots(
  query: SoloSlotQuery,
  options: { signal?: AbortSignal } = {},
): Promise<SoloSlot[]> {
  const params = soloSlotQuerySchema.parse(query);
  return soloClient.request({
    path: '/qapi/v1/appointment-slots',
    endpoint: 'GET /qapi/v1/appointment-slots',
    query: params,
    schema: soloSlotsSchema,
    signal: options.signal,
  });
}

export const soloSlotsQuery = (query: SoloSlotQuery) =>
  queryOptions({
    queryKey: soloSlotKeys.search(query),
    queryFn: ({ signal }) => getSoloSlots(query, { signal }),
    // Slots go stale as soon as anyone books: always refetch on mount.
    staleTime: 0,
  });

export function useSoloSlots(query: SoloSlotQuery | undefined) {
  const enabled = query !== undefined && soloSlotQuerySchema.safeParse(query).success;
  return useQuery({
    ...soloSlotsQuery(query ?? { after: 0, before: 0, waitingRoom: '' }),
    enabled,
  });
}
