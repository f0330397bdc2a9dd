import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EdenCancelReason, EdenListOrdersParams, EdenOrder } from './order-schemas';
import {
  cancelEdenOrder,
  createEdenOrderOnce,
  getEdenOrder,
  listEdenOrders,
  updateEdenOrder,
} from './orders';
import { edenKeys } from './query-keys';

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

export function useEdenOrder(id: string) {
  return useQuery(edenOrderQuery(id));
}

export function useEdenOrders(params: EdenListOrdersParams, enabled = true) {
  return useQuery({ ...edenOrderListQuery(params), enabled });
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
export function useCreateEdenOrder() {
  const written = useOrderWritten();
  return useMutation({
    mutationFn: ({ input, signal }: EdenWriteVariables) => createEdenOrderOnce(input, { signal }),
    onSuccess: (result) => written(result.order),
  });
}

export function useUpdateEdenOrder(id: string) {
  const written = useOrderWritten();
  return useMutation({
    mutationFn: ({ input, signal }: EdenWriteVariables) => updateEdenOrder(id, input, { signal }),
    onSuccess: written,
  });
}

export function useCancelEdenOrder(id: string) {
  const written = useOrderWritten();
  return useMutation({
    mutationFn: (reason: EdenCancelReason) => cancelEdenOrder(id, reason),
    onSuccess: written,
  });
}
