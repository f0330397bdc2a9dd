import { queryOptions, useQuery } from '@tanstack/react-query';
import { edenClient } from './client';
import { edenFacilityListSchema } from './order-schemas';
import { edenKeys } from './query-keys';

/**
 * Facilities and rooms (AE titles). Assumption: Eden's public page shows no such endpoint; we assume
 * `GET /facilities/`. The order form still accepts a typed facility identifier when this call fails.
 */
export async function listEdenFacilities(options: { signal?: AbortSignal } = {}) {
  return edenClient.request({
    path: '/facilities/',
    endpoint: 'GET /facilities/',
    schema: edenFacilityListSchema,
    signal: options.signal,
  });
}

export const edenFacilitiesQuery = () =>
  queryOptions({
    queryKey: edenKeys.facilities(),
    queryFn: ({ signal }) => listEdenFacilities({ signal }),
    staleTime: 10 * 60_000,
  });

export function useEdenFacilities() {
  return useQuery(edenFacilitiesQuery());
}
