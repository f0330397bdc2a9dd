import { Dn as number, On as object, Sn as array, cn as impiloEndpoints, dn as impiloPageSchema, fn as impiloPagingSchema, gn as parseInput, in as impiloAddressSchema, jn as string, ln as impiloIdSchema, mn as impiloClient } from "./search-Bd_rEMYc.js";
// src/api/impilo/catalogue.ts
/**
* The catalogue of orderable items and kits. The guide only says orders hold `orderItems` / `orderKits`
* by id: ASSUMED endpoints `GET /item` and `GET /kit` (pages) and the shapes below — see ./endpoints.ts.
*/
var impiloItemSchema = object({
	id: impiloIdSchema,
	name: string().min(1),
	sku: string().nullish(),
	description: string().nullish()
});
var impiloKitSchema = object({
	id: impiloIdSchema,
	name: string().min(1),
	description: string().nullish(),
	items: array(object({
		id: impiloIdSchema,
		quantity: number().int().positive()
	})).nullish().transform((v) => v ?? [])
});
/** `GET /api/v3/item` (assumed) */
async function listImpiloItems(paging = {}, options = {}) {
	return impiloClient.request({
		...impiloEndpoints.listItems.at(),
		query: parseInput("impilo", impiloEndpoints.listItems.name, impiloPagingSchema, paging),
		schema: impiloPageSchema(impiloItemSchema),
		...options
	});
}
/** `GET /api/v3/kit` (assumed) */
async function listImpiloKits(paging = {}, options = {}) {
	return impiloClient.request({
		...impiloEndpoints.listKits.at(),
		query: parseInput("impilo", impiloEndpoints.listKits.name, impiloPagingSchema, paging),
		schema: impiloPageSchema(impiloKitSchema),
		...options
	});
}
// src/api/impilo/sites.ts
/**
* Sites: customer-managed locations (CONFIRMED concept). The endpoints are not shown in the guide:
* ASSUMED `GET /site` (a page, like patients) and `GET /site/{id}` — see ./endpoints.ts. ASSUMED shape.
*/
var impiloSiteSchema = object({
	id: impiloIdSchema,
	name: string().min(1),
	externalIdentifier: string().nullish(),
	address: impiloAddressSchema.nullish()
});
var impiloSitePageSchema = impiloPageSchema(impiloSiteSchema);
/** `GET /api/v3/site` (assumed) */
async function listImpiloSites(paging = {}, options = {}) {
	return impiloClient.request({
		...impiloEndpoints.listSites.at(),
		query: parseInput("impilo", impiloEndpoints.listSites.name, impiloPagingSchema, paging),
		schema: impiloSitePageSchema,
		...options
	});
}
/** `GET /api/v3/site/{siteId}` (assumed) */
async function getImpiloSite(siteId, options = {}) {
	return impiloClient.request({
		...impiloEndpoints.getSite.at({ siteId: parseInput("impilo", impiloEndpoints.getSite.name, impiloIdSchema, siteId, { at: "siteId" }) }),
		schema: impiloSiteSchema,
		...options
	});
}
export { listImpiloKits as i, listImpiloSites as n, listImpiloItems as r, getImpiloSite as t };
