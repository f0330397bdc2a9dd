import { faults } from '@mocks/faults';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryWrapper } from '@/test/query-wrapper';
import { signedIn, UNKNOWN_UUID } from '../../test/postdicom.test-helpers';
import { VendorError } from '../errors';
import { getPostDicomDicomNodeList } from './dicom-nodes';
import { usePostDicomDicomNodeList } from './queries';

describe('GetDicomNodeList', () => {
  it('lists the 3 DICOM nodes (their uuids are GUIDs usable as ScheduledEquipmentUuid)', async () => {
    const { userUuid } = await signedIn();
    const nodes = await getPostDicomDicomNodeList({ userUuid });
    expect(nodes.map((n) => n.AeTitle)).toEqual(['CT_SALA1', 'MR_15T', 'US_CONS3']);
  });

  it('is refused for an unknown user; a rate-limited answer is a VendorError', async () => {
    const { userUuid } = await signedIn();
    await expect(getPostDicomDicomNodeList({ userUuid: UNKNOWN_UUID })).rejects.toMatchObject({
      endpoint: 'GetDicomNodeList',
    });
    faults.set({ failure: 'rate-limit', vendor: 'postdicom', remaining: 1 });
    await expect(getPostDicomDicomNodeList({ userUuid })).rejects.toBeInstanceOf(VendorError);
  });

  it('usePostDicomDicomNodeList waits for a user, then loads', async () => {
    const { userUuid } = await signedIn();
    const { wrapper } = createQueryWrapper();
    const { result, rerender } = renderHook(
      ({ id }: { id: string | undefined }) => usePostDicomDicomNodeList(id),
      {
        wrapper,
        initialProps: { id: undefined as string | undefined },
      },
    );
    expect(result.current.fetchStatus).toBe('idle');
    rerender({ id: userUuid });
    await waitFor(() => expect(result.current.data).toHaveLength(3));
  });
});
