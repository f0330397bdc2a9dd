/**
 * Impilo paths and every assumption this module makes. CONFIRMED = in the vendor's guide or reference;
 * ASSUMED = our choice, to be checked against the live reference: change it here and nowhere else.
 * The mock (mocks/impilo) imports these constants, so a change moves both sides.
 */
export const IMPILO_API = '/api/v3';

export const impiloPaths = {
  /** CONFIRMED: POST to create (firstName and lastName required). ASSUMED: GET lists (filters below). */
  patients: `${IMPILO_API}/patient`,
  /** ASSUMED: GET one patient. */
  patient: (id: string) => `${IMPILO_API}/patient/${encodeURIComponent(id)}`,
  /** ASSUMED (the guide does not show them): GET /site lists sites as a page, GET /site/{id} gets one. */
  sites: `${IMPILO_API}/site`,
  site: (id: string) => `${IMPILO_API}/site/${encodeURIComponent(id)}`,
  /** ASSUMED (not shown): the catalogue is GET /item and GET /kit, both paginated like patients. */
  items: `${IMPILO_API}/item`,
  kits: `${IMPILO_API}/kit`,
  /** CONFIRMED: POST /order creates; the list is paginated (ASSUMED: GET /order with page/size). */
  orders: `${IMPILO_API}/order`,
  /** CONFIRMED: GET /order/{orderId}. */
  order: (id: string) => `${IMPILO_API}/order/${encodeURIComponent(id)}`,
  /** CONFIRMED: POST /webhook. ASSUMED: GET /webhook lists (a plain array), DELETE /webhook/{id} answers 204. */
  webhooks: `${IMPILO_API}/webhook`,
  webhook: (id: string) => `${IMPILO_API}/webhook/${encodeURIComponent(id)}`,
} as const;

export const impiloEndpoints = {
  createPatient: `POST ${IMPILO_API}/patient`,
  listPatients: `GET ${IMPILO_API}/patient`,
  getPatient: `GET ${IMPILO_API}/patient/{patientId}`,
  listSites: `GET ${IMPILO_API}/site`,
  getSite: `GET ${IMPILO_API}/site/{siteId}`,
  listItems: `GET ${IMPILO_API}/item`,
  listKits: `GET ${IMPILO_API}/kit`,
  createOrder: `POST ${IMPILO_API}/order`,
  listOrders: `GET ${IMPILO_API}/order`,
  getOrder: `GET ${IMPILO_API}/order/{orderId}`,
  createWebhook: `POST ${IMPILO_API}/webhook`,
  listWebhooks: `GET ${IMPILO_API}/webhook`,
  deleteWebhook: `DELETE ${IMPILO_API}/webhook/{webhookId}`,
} as const;

/** CONFIRMED: `size` at most 250. ASSUMED: pages are numbered from 0 (Spring-style `first`/`last`), default size 20. */
export const IMPILO_MAX_PAGE_SIZE = 250;
export const IMPILO_DEFAULT_PAGE_SIZE = 20;
export const IMPILO_FIRST_PAGE = 0;

/** CONFIRMED webhook types. */
export const impiloWebhookTypes = ['order.status', 'patient.created', 'patient.updated'] as const;
export type ImpiloWebhookType = (typeof impiloWebhookTypes)[number];

/** ASSUMED order statuses, in the order an order moves through them (CANCELLED: off the path). */
export const impiloOrderStatuses = ['RECEIVED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED'] as const;
export type ImpiloOrderStatus = (typeof impiloOrderStatuses)[number];

/** ASSUMED: ids are opaque strings (UUIDs in the mock). */
/** ASSUMED error body: `{ "message": "…", "errors": [{ "field": "size", "message": "…" }] }`. */
