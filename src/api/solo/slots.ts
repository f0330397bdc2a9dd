import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { soloClient } from './client';
import { soloDurationSecondsSchema, soloUnixSecondsSchema } from './common';
import { soloEndpoints } from './endpoints';

/** Free appointment slots of a waiting room in a date range. */

/** `after`, `before` and `waitingRoom` are required; `duration` is optional, in [1, 86400]. */
export const soloSlotQuerySchema = z
  .object({
    after: soloUnixSecondsSchema,
    before: soloUnixSecondsSchema,
    waitingRoom: z.string().trim().min(1),
    duration: soloDurationSecondsSchema.optional(),
  })
  .superRefine((query, ctx) => {
    if (query.after >= query.before) {
      ctx.addIssue({ code: 'custom', path: ['before'], message: 'validation.endNotAfterStart' });
    }
  });
export type SoloSlotQuery = z.input<typeof soloSlotQuerySchema>;

export const soloSlotSchema = z.object({ date: soloUnixSecondsSchema, duration: soloDurationSecondsSchema });
export type SoloSlot = z.infer<typeof soloSlotSchema>;
export const soloSlotsSchema = z.array(soloSlotSchema);

/** `GET /qapi/v1/appointment-slots` */
export async function getSoloSlots(query: SoloSlotQuery, options: CallOptions = {}): Promise<SoloSlot[]> {
  const params = parseInput('solo', soloEndpoints.listSlots.name, soloSlotQuerySchema, query);
  return soloClient.request({
    ...soloEndpoints.listSlots.at(),
    query: params,
    schema: soloSlotsSchema,
    ...options,
  });
}
