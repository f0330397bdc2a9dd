import { z } from 'zod';
import type { CallOptions } from '../http';
import { soloClient } from './client';
import { soloEndpoints } from './endpoints';

/** The waiting rooms of the practice. Appointments and slots name a waiting room by its `name`. */
export const soloWaitingRoomSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  serviceLine: z.string(),
  serviceType: z.string(),
});
export type SoloWaitingRoom = z.infer<typeof soloWaitingRoomSchema>;

export const soloWaitingRoomsSchema = z.array(soloWaitingRoomSchema);

/** `GET /qapi/v1/waiting-rooms` */
export async function listSoloWaitingRooms(options: CallOptions = {}): Promise<SoloWaitingRoom[]> {
  return soloClient.request({
    ...soloEndpoints.listWaitingRooms.at(),
    schema: soloWaitingRoomsSchema,
    ...options,
  });
}
