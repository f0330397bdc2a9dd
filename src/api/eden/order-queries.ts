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

/** Creates exactly once (see `createEdenOrderOnce`); never retried automatically. */
export function useCreateEdenOrder() {
  const written = useOrderWritten();
  return useMutation({
    mutationFn: (input: unknown) => createEdenOrderOnce(input),
    onSuccess: (result) => written(result.order),
  });
}

export function useUpdateEdenOrder(id: string) {
  const written = useOrderWritten();
  return useMutation({ mutationFn: (input: unknown) => updateEdenOrder(id, input), onSuccess: written });
}

export function useCancelEdenOrder(id: string) {
  const written = useOrderWritten();
  return useMutation({
    mutationFn: (reason: EdenCancelReason) => cancelEdenOrder(id, reason),
    onSuccess: written,
  });
}
