import { faults } from '@mocks/faults';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryWrapper } from '../../test/query-wrapper';
import { expectSoloError } from '../../test/solo.test-helpers';
import { useSoloWaitingRooms } from './queries';
import { listSoloWaitingRooms } from './waiting-rooms';

describe('GET /qapi/v1/waiting-rooms', () => {
  it('lists the practice waiting rooms with the documented fields', async () => {
    const rooms = await listSoloWaitingRooms();
    expect(rooms.length).toBeGreaterThanOrEqual(3);
    expect(rooms.map((room) => room.name)).toContain('Radiology Front Desk New York');
    for (const room of rooms)
      expect(Object.keys(room).sort()).toEqual(['id', 'name', 'serviceLine', 'serviceType']);
  });

  it('surfaces a server error as a VendorError', async () => {
    faults.set({ failure: 'server-error', vendor: 'solo' });
    await expectSoloError(listSoloWaitingRooms(), 500, /Internal server error/);
  });

  it('works through useSoloWaitingRooms', async () => {
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(() => useSoloWaitingRooms(), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toHaveLength(3);
  });
});
