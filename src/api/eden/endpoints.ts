import { defineEndpoint } from '../endpoint';

/**
 * Eden's endpoints (eden-orders-api.txt and the Eden facts in vendor-docs/README.md): the one table of paths
 * and endpoint names. The mock (mocks/eden) routes the same entries.
 */
export const edenEndpoints = {
  /** CONFIRMED. The body may use the documented aliases; canonical names are sent. */
  createOrder: defineEndpoint('POST', '/orders/'),
  /** CONFIRMED: a date window of at most one month. ASSUMED: `limit`/`offset` pages and the `status` filter. */
  listOrders: defineEndpoint('GET', '/orders/'),
  /** CONFIRMED. ASSUMED answer shape (Eden documents no response body): see `edenOrderSchema`. */
  getOrder: defineEndpoint('GET', '/orders/{id}/'),
  /** CONFIRMED: the create fields, all optional. */
  updateOrder: defineEndpoint('PUT', '/orders/{id}/'),
  /** CONFIRMED: a DELETE with a `cancel_reason` body. ASSUMED: it answers the order, which stays in history. */
  cancelOrder: defineEndpoint('DELETE', '/orders/{id}/'),
  /** ASSUMED: Eden's public page shows no facility endpoint. */
  listFacilities: defineEndpoint('GET', '/facilities/'),
} as const;
