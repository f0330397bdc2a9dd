import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { impiloClient } from './client';
import {
  type ImpiloPaging,
  impiloIdSchema,
  impiloIsoDateTimeSchema,
  impiloPageSchema,
  impiloPagingSchema,
} from './common';
import { impiloEndpoints } from './endpoints';

/** ASSUMED order statuses, in the order an order moves through them (CANCELLED: off the path). */
export const impiloOrderStatuses = ['RECEIVED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED'] as const;
export type ImpiloOrderStatus = (typeof impiloOrderStatuses)[number];

const reference = z.object({ id: impiloIdSchema });
const line = z.object({ id: impiloIdSchema, quantity: z.number().int().positive().optional() });

/**
 * CONFIRMED rules: exactly one of `patient` or `site` (only `id` needed); at least one entry in
 * `orderItems` or `orderKits` (each `{ id, quantity? }`); optional `externalOrderIds: string[]` and
 * `orderNotes`.
 */
export const impiloCreateOrderSchema = z
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
      ctx.addIssue({ code: 'custom', path: ['patient'], message: 'validation.patientOrSite' });
    if ((order.orderItems?.length ?? 0) + (order.orderKits?.length ?? 0) === 0)
      ctx.addIssue({ code: 'custom', path: ['orderItems'], message: 'validation.itemOrKit' });
  });
export type ImpiloCreateOrderInput = z.input<typeof impiloCreateOrderSchema>;

export const impiloOrderEventSchema = z.object({
  status: z.enum(impiloOrderStatuses),
  timestamp: impiloIsoDateTimeSchema,
  description: z.string().nullish(),
});

export const impiloOrderSchema = z.object({
  id: impiloIdSchema,
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
  orderEvents: z.array(impiloOrderEventSchema),
  trackingNumbers: z.array(z.string()),
  createdAt: impiloIsoDateTimeSchema.nullish(),
});
export type ImpiloOrder = z.infer<typeof impiloOrderSchema>;
export const impiloOrderPageSchema = impiloPageSchema(impiloOrderSchema);

/** `POST /api/v3/order` */
export async function createImpiloOrder(input: ImpiloCreateOrderInput, options: CallOptions = {}) {
  return impiloClient.request({
    ...impiloEndpoints.createOrder.at(),
    json: parseInput('impilo', impiloEndpoints.createOrder.name, impiloCreateOrderSchema, input),
    schema: impiloOrderSchema,
    ...options,
  });
}

/** `GET /api/v3/order` (page, size ≤ 250) */
export async function listImpiloOrders(paging: ImpiloPaging = {}, options: CallOptions = {}) {
  return impiloClient.request({
    ...impiloEndpoints.listOrders.at(),
    query: parseInput('impilo', impiloEndpoints.listOrders.name, impiloPagingSchema, paging),
    schema: impiloOrderPageSchema,
    ...options,
  });
}

/** `GET /api/v3/order/{orderId}` */
export async function getImpiloOrder(orderId: string, options: CallOptions = {}) {
  return impiloClient.request({
    ...impiloEndpoints.getOrder.at({
      orderId: parseInput('impilo', impiloEndpoints.getOrder.name, impiloIdSchema, orderId, {
        at: 'orderId',
      }),
    }),
    schema: impiloOrderSchema,
    ...options,
  });
}
