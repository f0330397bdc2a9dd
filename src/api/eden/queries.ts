import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type WithMutationConfig, type WithQueryConfig, withMutationConfig } from '../query-config';
import { listEdenFacilities } from './facilities';
import { createEdenOrderOnce, type EdenCreateOnceResult } from './order-create-once';
import {
  cancelEdenOrder,
  type EdenCancelReason,
  type EdenListOrdersParams,
  type EdenOrder,
  getEdenOrder,
  listEdenOrders,
  updateEdenOrder,
} from './orders';

/** Query keys of every Eden query: `[vendor, group, …]`. Invalidating a prefix invalidates what is under it. */
export const edenKeys = {
  all: ['eden'] as const,
  facilities: () => [...edenKeys.all, 'facilities'] as const,
  orders: () => [...edenKeys.all, 'orders'] as const,
  orderList: (params: EdenListOrdersParams) => [...edenKeys.orders(), 'list', params] as const,
  order: (id: string) => [...edenKeys.orders(), 'detail', id] as const,
};

// ---- Query options ----------------------------------------------------------------------------------

export const edenFacilitiesQuery = () =>
  queryOptions({
    queryKey: edenKeys.facilities(),
    queryFn: ({ signal }) => listEdenFacilities({ signal }),
    staleTime: 10 * 60_000,
  });

export const edenOrderQuery = (id: string) =>
  queryOptions({
    queryKey: edenKeys.order(id),
    queryFn: ({ signal }) => getEdenOrder(id, { signal }),
  });

export const edenOrderListQuery = (params: EdenListOrdersParams) =>
  queryOptions({
    queryKey: edenKeys.orderList(params),
    queryFn: ({ signal }) => listEdenOrders(params, { signal }),
    placeholderData: keepPreviousData,
  });

// ---- Hooks ------------------------------------------------------------------------------------------

export function useEdenFacilities({ queryConfig }: WithQueryConfig<typeof edenFacilitiesQuery> = {}) {
  return useQuery({ ...edenFacilitiesQuery(), ...queryConfig });
}

export function useEdenOrder(id: string, { queryConfig }: WithQueryConfig<typeof edenOrderQuery> = {}) {
  return useQuery({ ...edenOrderQuery(id), ...queryConfig });
}

export function useEdenOrders(
  params: EdenListOrdersParams,
  { queryConfig }: WithQueryConfig<typeof edenOrderListQuery> = {},
) {
  return useQuery({ ...edenOrderListQuery(params), ...queryConfig });
}

function useOrderWritten() {
  const queryClient = useQueryClient();
  return (order: EdenOrder) => {
    queryClient.setQueryData(edenKeys.order(order.id), order);
    void queryClient.invalidateQueries({ queryKey: [...edenKeys.orders(), 'list'] });
  };
}

/** What a write mutation takes: the input, and the signal of the user's Cancel. */
export interface EdenWriteVariables {
  input: unknown;
  signal?: AbortSignal;
}

/** Creates exactly once (see `createEdenOrderOnce`); never retried automatically. */
export function useCreateEdenOrder({
  mutationConfig,
}: WithMutationConfig<EdenCreateOnceResult, EdenWriteVariables> = {}) {
  const written = useOrderWritten();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: ({ input, signal }: EdenWriteVariables) => createEdenOrderOnce(input, { signal }),
        onSuccess: (result) => written(result.order),
      },
      mutationConfig,
    ),
  );
}

export function useUpdateEdenOrder(
  id: string,
  { mutationConfig }: WithMutationConfig<EdenOrder, EdenWriteVariables> = {},
) {
  const written = useOrderWritten();
  return useMutation(
    withMutationConfig(
      {
        mutationFn: ({ input, signal }: EdenWriteVariables) => updateEdenOrder(id, input, { signal }),
        onSuccess: written,
      },
      mutationConfig,
    ),
  );
}

export function useCancelEdenOrder(
  id: string,
  { mutationConfig }: WithMutationConfig<EdenOrder, EdenCancelReason> = {},
) {
  const written = useOrderWritten();
  return useMutation(
    withMutationConfig(
      { mutationFn: (reason: EdenCancelReason) => cancelEdenOrder(id, reason), onSuccess: written },
      mutationConfig,
    ),
  );
}
