import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { type ImpiloPaging, impiloClient, impiloId, page, pagingSchema } from './client';
import { impiloEndpoints, impiloPaths } from './paths';

/**
 * The catalogue of orderable items and kits. The guide only says orders hold `orderItems` / `orderKits`
 * by id: ASSUMED endpoints `GET /item` and `GET /kit` (pages) and the shapes below — see ./paths.ts.
 */
export const catalogueItemSchema = z.object({
  id: impiloId,
  name: z.string().min(1),
  sku: z.string().nullish(),
  description: z.string().nullish(),
});
export type ImpiloItem = z.infer<typeof catalogueItemSchema>;

export const catalogueKitSchema = z.object({
  id: impiloId,
  name: z.string().min(1),
  description: z.string().nullish(),
  items: z
    .array(z.object({ id: impiloId, quantity: z.number().int().positive() }))
    .nullish()
    .transform((v) => v ?? []),
});
export type ImpiloKit = z.infer<typeof catalogueKitSchema>;

export async function listImpiloItems(paging: ImpiloPaging = {}, options: { signal?: AbortSignal } = {}) {
  return impiloClient.request({
    path: impiloPaths.items,
    endpoint: impiloEndpoints.listItems,
    query: pagingSchema.parse(paging),
    schema: page(catalogueItemSchema),
    signal: options.signal,
  });
}

export async function listImpiloKits(paging: ImpiloPaging = {}, options: { signal?: AbortSignal } = {}) {
  return impiloClient.request({
    path: impiloPaths.kits,
    endpoint: impiloEndpoints.listKits,
    query: pagingSchema.parse(paging),
    schema: page(catalogueKitSchema),
    signal: options.signal,
  });
}

export const impiloCatalogueKeys = {
  all: ['impilo', 'catalogue'] as const,
  items: (paging: ImpiloPaging) => [...impiloCatalogueKeys.all, 'items', paging] as const,
  kits: (paging: ImpiloPaging) => [...impiloCatalogueKeys.all, 'kits', paging] as const,
};

export const impiloItemsQuery = (paging: ImpiloPaging = {}) =>
  queryOptions({
    queryKey: impiloCatalogueKeys.items(paging),
    queryFn: ({ signal }) => listImpiloItems(paging, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });

export const impiloKitsQuery = (paging: ImpiloPaging = {}) =>
  queryOptions({
    queryKey: impiloCatalogueKeys.kits(paging),
    queryFn: ({ signal }) => listImpiloKits(paging, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });

export function useImpiloItems(paging: ImpiloPaging = {}) {
  return useQuery(impiloItemsQuery(paging));
}

export function useImpiloKits(paging: ImpiloPaging = {}) {
  return useQuery(impiloKitsQuery(paging));
}
