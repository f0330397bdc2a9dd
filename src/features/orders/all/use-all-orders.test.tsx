import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { endScanSession } from '@/api/scan/client';
import { scanKeys } from '@/api/scan/queries';
import { createQueryWrapper } from '@/test/query-wrapper';
import { createTestReferral, startTestScanUser } from '@/test/scan.test-helpers';
import { defaultAllOrdersWindow } from './all-orders-model';
import { useAllOrders } from './use-all-orders';

const { from, to } = defaultAllOrdersWindow();

describe('useAllOrders: Scan.com', () => {
  it('is not asked without a session; a session asks it, and a new user’s list replaces the previous one’s', async () => {
    endScanSession();
    const { queryClient, wrapper } = createQueryWrapper();
    const { result } = renderHook(() => useAllOrders(from, to).find((v) => v.vendor === 'scan'), { wrapper });
    expect(result.current?.query.fetchStatus).toBe('idle');
    expect(result.current?.query.data).toBeUndefined();

    await act(() => startTestScanUser('Ward'));
    await waitFor(() => expect(result.current?.query.isSuccess).toBe(true));
    expect(result.current?.query.data).toEqual([]);
    // A referral written (the wizard invalidates Scan.com's referral keys) refreshes the worklist's rows.
    const referral = await createTestReferral({ modality: 'CT' });
    await act(() => queryClient.invalidateQueries({ queryKey: scanKeys.referrals() }));
    await waitFor(() =>
      expect(result.current?.query.data?.map((r) => r.key)).toEqual([`scan:${referral.id}`]),
    );

    await act(() => startTestScanUser('Other'));
    await waitFor(() => expect(result.current?.query.data).toEqual([]));

    act(() => endScanSession());
    expect(result.current?.query.fetchStatus).toBe('idle');
    expect(result.current?.query.data).toBeUndefined();
  });
});
