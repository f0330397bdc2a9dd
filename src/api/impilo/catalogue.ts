import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { impiloClient } from './client';
import { type ImpiloPaging, impiloIdSchema, impiloPageSchema, impiloPagingSchema } from './common';
import { impiloEndpoints } from './endpoints';

/**
 * The catalogue of orderable items and kits. The guide only says orders hold `orderItems` / `orderKits`
 * by id: ASSUMED endpoints `GET /item` and `GET /kit` (pages) and the shapes below — see ./endpoints.ts.
 */
export const impiloItemSchema = z.object({
  id: impiloIdSchema,
  name: z.string().min(1),
  sku: z.string().nullish(),
  description: z.string().nullish(),
});
export type ImpiloItem = z.infer<typeof impiloItemSchema>;

export const impiloKitSchema = z.object({
  id: impiloIdSchema,
  name: z.string().min(1),
  description: z.string().nullish(),
  items: z
    .array(z.object({ id: impiloIdSchema, quantity: z.number().int().positive() }))
    .nullish()
    .transform((v) => v ?? []),
});
export type ImpiloKit = z.infer<typeof impiloKitSchema>;

/** `GET /api/v3/item` (assumed) */
export async function listImpiloItems(paging: ImpiloPaging = {}, options: CallOptions = {}) {
  return impiloClient.request({
    ...impiloEndpoints.listItems.at(),
    query: parseInput('impilo', impiloEndpoints.listItems.name, impiloPagingSchema, paging),
    schema: impiloPageSchema(impiloItemSchema),
    ...options,
  });
}

/** `GET /api/v3/kit` (assumed) */
export async function listImpiloKits(paging: ImpiloPaging = {}, options: CallOptions = {}) {
  return impiloClient.request({
    ...impiloEndpoints.listKits.at(),
    query: parseInput('impilo', impiloEndpoints.listKits.name, impiloPagingSchema, paging),
    schema: impiloPageSchema(impiloKitSchema),
    ...options,
  });
}
