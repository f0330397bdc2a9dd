import { type UseQueryResult, useQueries } from '@tanstack/react-query';
import { type WorklistRow, type WorklistVendor, worklistVendors } from './all-orders-model';

export interface VendorRows {
  vendor: WorklistVendor;
  query: UseQueryResult<WorklistRow[]>;
}

/** Every vendor's orders in the window, one query per vendor: each loads and fails on its own. */
export function useAllOrders(from: string, to: string): VendorRows[] {
  const queries = useQueries({
    queries: worklistVendors.map((vendor) => ({
      queryKey: ['orders-worklist', vendor, from, to] as const,
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        (await import('./fetch-all-orders')).allOrdersFetchers[vendor](from, to, { signal }),
      enabled: Boolean(from && to && from <= to),
    })),
  });
  return worklistVendors.map((vendor, index) => ({
    vendor,
    query: queries[index] as UseQueryResult<WorklistRow[]>,
  }));
}
