import { z } from 'zod/mini';
import type { CallOptions } from '../http';
import { edenClient } from './client';
import { edenEndpoints } from './endpoints';
import { EDEN_LIMITS } from './orders';

/**
 * Facilities and rooms (AE titles). Assumption: Eden's public page shows no such endpoint; we assume
 * `GET /facilities/`. The order form still accepts a typed facility identifier when this call fails.
 */
export const edenFacilitySchema = z.object({
  id: z.uuid(),
  identifier: z.string().check(z.maxLength(EDEN_LIMITS.facility_identifier)),
  name: z.string(),
  time_zone: z.optional(z.string()),
  rooms: z.array(z.object({ id: z.uuid(), ae_title: z.string(), slug: z.string(), name: z.string() })),
});
export const edenFacilityListSchema = z.array(edenFacilitySchema);
export type EdenFacility = z.output<typeof edenFacilitySchema>;

/** `GET /facilities/` (assumed). */
export async function listEdenFacilities(options: CallOptions = {}): Promise<EdenFacility[]> {
  return edenClient.request({
    ...edenEndpoints.listFacilities.at(),
    schema: edenFacilityListSchema,
    ...options,
  });
}
