import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { impiloClient } from './client';
import { type ImpiloPaging, impiloIdSchema, impiloPageSchema, impiloPagingSchema } from './common';
import { impiloEndpoints } from './endpoints';
import { impiloAddressSchema } from './patients';

/**
 * Sites: customer-managed locations (CONFIRMED concept). The endpoints are not shown in the guide:
 * ASSUMED `GET /site` (a page, like patients) and `GET /site/{id}` — see ./endpoints.ts. ASSUMED shape.
 */
export const impiloSiteSchema = z.object({
  id: impiloIdSchema,
  name: z.string().min(1),
  externalIdentifier: z.string().nullish(),
  address: impiloAddressSchema.nullish(),
});
export type ImpiloSite = z.infer<typeof impiloSiteSchema>;
export const impiloSitePageSchema = impiloPageSchema(impiloSiteSchema);

/** `GET /api/v3/site` (assumed) */
export async function listImpiloSites(paging: ImpiloPaging = {}, options: CallOptions = {}) {
  return impiloClient.request({
    ...impiloEndpoints.listSites.at(),
    query: parseInput('impilo', impiloEndpoints.listSites.name, impiloPagingSchema, paging),
    schema: impiloSitePageSchema,
    ...options,
  });
}

/** `GET /api/v3/site/{siteId}` (assumed) */
export async function getImpiloSite(siteId: string, options: CallOptions = {}) {
  return impiloClient.request({
    ...impiloEndpoints.getSite.at({
      siteId: parseInput('impilo', impiloEndpoints.getSite.name, impiloIdSchema, siteId, { at: 'siteId' }),
    }),
    schema: impiloSiteSchema,
    ...options,
  });
}
