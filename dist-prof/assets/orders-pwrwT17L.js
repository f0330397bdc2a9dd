import { Dn as number, On as object, Sn as array, bn as _enum, cn as impiloEndpoints, dn as impiloPageSchema, fn as impiloPagingSchema, gn as parseInput, jn as string, ln as impiloIdSchema, mn as impiloClient, un as impiloIsoDateTimeSchema } from "./search-Bd_rEMYc.js";
// src/api/impilo/orders.ts
/** ASSUMED order statuses, in the order an order moves through them (CANCELLED: off the path). */
var impiloOrderStatuses = [
	"RECEIVED",
	"PROCESSING",
	"SHIPPED",
	"DELIVERED",
	"CANCELLED"
];
var reference = object({ id: impiloIdSchema });
var line = object({
	id: impiloIdSchema,
	quantity: number().int().positive().optional()
});
/**
* CONFIRMED rules: exactly one of `patient` or `site` (only `id` needed); at least one entry in
* `orderItems` or `orderKits` (each `{ id, quantity? }`); optional `externalOrderIds: string[]` and
* `orderNotes`.
*/
var impiloCreateOrderSchema = object({
	patient: reference.optional(),
	site: reference.optional(),
	orderItems: array(line).optional(),
	orderKits: array(line).optional(),
	externalOrderIds: array(string().trim().min(1)).optional(),
	orderNotes: string().trim().min(1).max(2e3).optional()
}).superRefine((order, ctx) => {
	if (order.patient === void 0 === (order.site === void 0)) ctx.addIssue({
		code: "custom",
		path: ["patient"],
		message: "validation.patientOrSite"
	});
	if ((order.orderItems?.length ?? 0) + (order.orderKits?.length ?? 0) === 0) ctx.addIssue({
		code: "custom",
		path: ["orderItems"],
		message: "validation.itemOrKit"
	});
});
var impiloOrderEventSchema = object({
	status: _enum(impiloOrderStatuses),
	timestamp: impiloIsoDateTimeSchema,
	description: string().nullish()
});
var impiloOrderSchema = object({
	id: impiloIdSchema,
	patient: reference.nullish(),
	site: reference.nullish(),
	orderItems: array(line).nullish().transform((v) => v ?? []),
	orderKits: array(line).nullish().transform((v) => v ?? []),
	externalOrderIds: array(string()).nullish().transform((v) => v ?? []),
	orderNotes: string().nullish(),
	currentStatus: _enum(impiloOrderStatuses),
	orderEvents: array(impiloOrderEventSchema),
	trackingNumbers: array(string()),
	createdAt: impiloIsoDateTimeSchema.nullish()
});
var impiloOrderPageSchema = impiloPageSchema(impiloOrderSchema);
/** `POST /api/v3/order` */
async function createImpiloOrder(input, options = {}) {
	return impiloClient.request({
		...impiloEndpoints.createOrder.at(),
		json: parseInput("impilo", impiloEndpoints.createOrder.name, impiloCreateOrderSchema, input),
		schema: impiloOrderSchema,
		...options
	});
}
/** `GET /api/v3/order` (page, size ≤ 250) */
async function listImpiloOrders(paging = {}, options = {}) {
	return impiloClient.request({
		...impiloEndpoints.listOrders.at(),
		query: parseInput("impilo", impiloEndpoints.listOrders.name, impiloPagingSchema, paging),
		schema: impiloOrderPageSchema,
		...options
	});
}
/** `GET /api/v3/order/{orderId}` */
async function getImpiloOrder(orderId, options = {}) {
	return impiloClient.request({
		...impiloEndpoints.getOrder.at({ orderId: parseInput("impilo", impiloEndpoints.getOrder.name, impiloIdSchema, orderId, { at: "orderId" }) }),
		schema: impiloOrderSchema,
		...options
	});
}
export { listImpiloOrders as i, getImpiloOrder as n, impiloCreateOrderSchema as r, createImpiloOrder as t };
