import { type UseQueryResult, useQueries } from '@tanstack/react-query';
import { scanKeys } from '@/api/scan/queries';
import { useScanSession } from '@/api/scan/session-queries';
import { type WorklistRow, type WorklistVendor, worklistVendors } from './all-orders-model';

export interface VendorRows {
  vendor: WorklistVendor;
  query: UseQueryResult<WorklistRow[]>;
}

/**
 * Every vendor's orders in the window, one query per vendor: each loads and fails on its own. Scan.com is
 * asked only while this tab has a session (without one the page says why: AllOrdersPage); its key names the
 * session (a new user's list is another list) and sits under Scan.com's referral keys, so a referral written
 * in the wizard refreshes it.
 */
export function useAllOrders(from: string, to: string): VendorRows[] {
  const session = useScanSession();
  const windowOk = Boolean(from && to && from <= to);
  const queries = useQueries({
    queries: worklistVendors.map((vendor) => ({
      queryKey:
        vendor === 'scan'
          ? ([...scanKeys.referrals(), 'worklist', session.sessionId, from, to] as const)
          : (['orders-worklist', vendor, from, to] as const),
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        (await import('./fetch-all-orders')).allOrdersFetchers[vendor](from, to, { signal }),
      enabled: windowOk && (vendor !== 'scan' || session.active),
    })),
  });
  return worklistVendors.map((vendor, index) => ({
    vendor,
    query: queries[index] as UseQueryResult<WorklistRow[]>,
  }));
}
