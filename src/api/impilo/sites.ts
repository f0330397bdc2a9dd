import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { type ImpiloPaging, impiloClient, impiloId, page, pagingSchema } from './client';
import { impiloEndpoints, impiloPaths } from './paths';
import { impiloAddressSchema } from './patients';

/**
 * Sites: customer-managed locations (CONFIRMED concept). The endpoints are not shown in the guide:
 * ASSUMED `GET /site` (a page, like patients) and `GET /site/{id}` — see ./paths.ts. ASSUMED shape.
 */
export const siteSchema = z.object({
  id: impiloId,
  name: z.string().min(1),
  externalIdentifier: z.string().nullish(),
  address: impiloAddressSchema.nullish(),
});
export type ImpiloSite = z.infer<typeof siteSchema>;
export const sitePageSchema = page(siteSchema);

export async function listImpiloSites(paging: ImpiloPaging = {}, options: { signal?: AbortSignal } = {}) {
  return impiloClient.request({
    path: impiloPaths.sites,
    endpoint: impiloEndpoints.listSites,
    query: pagingSchema.parse(paging),
    schema: sitePageSchema,
    signal: options.signal,
  });
}

export async function getImpiloSite(siteId: string, options: { signal?: AbortSignal } = {}) {
  return impiloClient.request({
    path: impiloPaths.site(impiloId.parse(siteId)),
    endpoint: impiloEndpoints.getSite,
    schema: siteSchema,
    signal: options.signal,
  });
}

export const impiloSiteKeys = {
  all: ['impilo', 'sites'] as const,
  list: (paging: ImpiloPaging) => [...impiloSiteKeys.all, 'list', paging] as const,
  detail: (siteId: string) => [...impiloSiteKeys.all, 'detail', siteId] as const,
};

export const impiloSitesQuery = (paging: ImpiloPaging = {}) =>
  queryOptions({
    queryKey: impiloSiteKeys.list(paging),
    queryFn: ({ signal }) => listImpiloSites(paging, { signal }),
    placeholderData: keepPreviousData,
  });

export const impiloSiteQuery = (siteId: string) =>
  queryOptions({
    queryKey: impiloSiteKeys.detail(siteId),
    queryFn: ({ signal }) => getImpiloSite(siteId, { signal }),
  });

export function useImpiloSites(paging: ImpiloPaging = {}) {
  return useQuery(impiloSitesQuery(paging));
}

export function useImpiloSite(siteId: string | undefined) {
  return useQuery({ ...impiloSiteQuery(siteId ?? ''), enabled: !!siteId });
}
