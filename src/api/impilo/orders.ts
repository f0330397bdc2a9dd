import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type ImpiloPaging, impiloClient, impiloId, isoDateTime, page, pagingSchema } from './client';
import { impiloEndpoints, impiloOrderStatuses, impiloPaths } from './paths';

const reference = z.object({ id: impiloId });
const line = z.object({ id: impiloId, quantity: z.number().int().positive().optional() });

/**
 * CONFIRMED rules: exactly one of `patient` or `site` (only `id` needed); at least one entry in
 * `orderItems` or `orderKits` (each `{ id, quantity? }`); optional `externalOrderIds: string[]` and
 * `orderNotes`.
 */
export const createOrderSchema = z
  .object({
    patient: reference.optional(),
    site: reference.optional(),
    orderItems: z.array(line).optional(),
    orderKits: z.array(line).optional(),
    externalOrderIds: z.array(z.string().trim().min(1)).optional(),
    orderNotes: z.string().trim().min(1).max(2000).optional(),
  })
  .superRefine((order, ctx) => {
    if ((order.patient === undefined) === (order.site === undefined))
      ctx.addIssue({ code: 'custom', path: ['patient'], message: 'Give exactly one of patient or site.' });
    if ((order.orderItems?.length ?? 0) + (order.orderKits?.length ?? 0) === 0)
      ctx.addIssue({ code: 'custom', path: ['orderItems'], message: 'Order at least one item or kit.' });
  });
export type CreateImpiloOrderInput = z.input<typeof createOrderSchema>;

export const orderEventSchema = z.object({
  status: z.enum(impiloOrderStatuses),
  timestamp: isoDateTime,
  description: z.string().nullish(),
});

export const orderSchema = z.object({
  id: impiloId,
  patient: reference.nullish(),
  site: reference.nullish(),
  orderItems: z
    .array(line)
    .nullish()
    .transform((v) => v ?? []),
  orderKits: z
    .array(line)
    .nullish()
    .transform((v) => v ?? []),
  externalOrderIds: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
  orderNotes: z.string().nullish(),
  currentStatus: z.enum(impiloOrderStatuses),
  orderEvents: z.array(orderEventSchema),
  trackingNumbers: z.array(z.string()),
  createdAt: isoDateTime.nullish(),
});
export type ImpiloOrder = z.infer<typeof orderSchema>;
export const orderPageSchema = page(orderSchema);

interface Opts {
  signal?: AbortSignal;
}

export async function createImpiloOrder(input: CreateImpiloOrderInput, options: Opts = {}) {
  return impiloClient.request({
    method: 'POST',
    path: impiloPaths.orders,
    endpoint: impiloEndpoints.createOrder,
    json: createOrderSchema.parse(input),
    schema: orderSchema,
    signal: options.signal,
  });
}

export async function listImpiloOrders(paging: ImpiloPaging = {}, options: Opts = {}) {
  return impiloClient.request({
    path: impiloPaths.orders,
    endpoint: impiloEndpoints.listOrders,
    query: pagingSchema.parse(paging),
    schema: orderPageSchema,
    signal: options.signal,
  });
}

export async function getImpiloOrder(orderId: string, options: Opts = {}) {
  return impiloClient.request({
    path: impiloPaths.order(impiloId.parse(orderId)),
    endpoint: impiloEndpoints.getOrder,
    schema: orderSchema,
    signal: options.signal,
  });
}

export const impiloOrderKeys = {
  all: ['impilo', 'orders'] as const,
  list: (paging: ImpiloPaging) => [...impiloOrderKeys.all, 'list', paging] as const,
  detail: (orderId: string) => [...impiloOrderKeys.all, 'detail', orderId] as const,
};

export const impiloOrdersQuery = (paging: ImpiloPaging = {}) =>
  queryOptions({
    queryKey: impiloOrderKeys.list(paging),
    queryFn: ({ signal }) => listImpiloOrders(paging, { signal }),
    placeholderData: keepPreviousData,
  });

export const impiloOrderQuery = (orderId: string) =>
  queryOptions({
    queryKey: impiloOrderKeys.detail(orderId),
    queryFn: ({ signal }) => getImpiloOrder(orderId, { signal }),
  });

export function useImpiloOrders(paging: ImpiloPaging = {}) {
  return useQuery(impiloOrdersQuery(paging));
}

export function useImpiloOrder(orderId: string | undefined) {
  return useQuery({ ...impiloOrderQuery(orderId ?? ''), enabled: !!orderId });
}

export function useCreateImpiloOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateImpiloOrderInput) => createImpiloOrder(input),
    onSuccess: (order) => {
      queryClient.setQueryData(impiloOrderKeys.detail(order.id), order);
      return queryClient.invalidateQueries({ queryKey: [...impiloOrderKeys.all, 'list'] });
    },
  });
}
