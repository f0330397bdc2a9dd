import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { soloCareKeyRoot } from './care-common';
import { soloClient } from './client';

/** The waiting rooms of the practice. Appointments and slots name a waiting room by its `name`. */
export const soloWaitingRoomSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  serviceLine: z.string(),
  serviceType: z.string(),
});
export type SoloWaitingRoom = z.infer<typeof soloWaitingRoomSchema>;

export const soloWaitingRoomsSchema = z.array(soloWaitingRoomSchema);

export const soloWaitingRoomKeys = {
  all: [...soloCareKeyRoot, 'waiting-rooms'] as const,
};

export async function listSoloWaitingRooms(
  options: { signal?: AbortSignal } = {},
): Promise<SoloWaitingRoom[]> {
  return soloClient.request({
    path: '/qapi/v1/waiting-rooms',
    endpoint: 'GET /qapi/v1/waiting-rooms',
    schema: soloWaitingRoomsSchema,
    signal: options.signal,
  });
}

export const soloWaitingRoomsQuery = () =>
  queryOptions({
    queryKey: soloWaitingRoomKeys.all,
    queryFn: ({ signal }) => listSoloWaitingRooms({ signal }),
    staleTime: 5 * 60_000,
  });

export function useSoloWaitingRooms() {
  return useQuery(soloWaitingRoomsQuery());
}
