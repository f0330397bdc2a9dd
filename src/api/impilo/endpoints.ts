import { defineEndpoint } from '../endpoint';

/**
 * Impilo's endpoints and every assumption this module makes about them. CONFIRMED = in the vendor's guide or
 * reference; ASSUMED = our choice, to be checked against the live reference: change it here and nowhere else.
 * The mock (mocks/impilo) routes the same entries, so a change moves both sides.
 * ASSUMED: ids are opaque strings (UUIDs in the mock).
 */
export const impiloEndpoints = {
  /** CONFIRMED: POST to create (firstName and lastName required). */
  createPatient: defineEndpoint('POST', '/api/v3/patient'),
  /** ASSUMED: GET lists (CONFIRMED filters: see `impiloPatientFiltersSchema`). */
  listPatients: defineEndpoint('GET', '/api/v3/patient'),
  /** ASSUMED: GET one patient. */
  getPatient: defineEndpoint('GET', '/api/v3/patient/{patientId}'),
  /**
   * ASSUMED: PUT replaces a patient's fields (the create fields) and answers the patient. The guide shows no
   * update, but Impilo's `patient.updated` webhook says patients change.
   */
  updatePatient: defineEndpoint('PUT', '/api/v3/patient/{patientId}'),
  /** ASSUMED (the guide does not show them): GET /site lists sites as a page, GET /site/{id} gets one. */
  listSites: defineEndpoint('GET', '/api/v3/site'),
  getSite: defineEndpoint('GET', '/api/v3/site/{siteId}'),
  /** ASSUMED (not shown): the catalogue is GET /item and GET /kit, both paginated like patients. */
  listItems: defineEndpoint('GET', '/api/v3/item'),
  listKits: defineEndpoint('GET', '/api/v3/kit'),
  /** CONFIRMED: POST /order creates. */
  createOrder: defineEndpoint('POST', '/api/v3/order'),
  /** CONFIRMED: the list is paginated. ASSUMED: GET /order with page/size. */
  listOrders: defineEndpoint('GET', '/api/v3/order'),
  /** CONFIRMED: GET /order/{orderId}. */
  getOrder: defineEndpoint('GET', '/api/v3/order/{orderId}'),
  /** CONFIRMED: POST /webhook. */
  createWebhook: defineEndpoint('POST', '/api/v3/webhook'),
  /** ASSUMED: GET /webhook lists (a plain array). */
  listWebhooks: defineEndpoint('GET', '/api/v3/webhook'),
  /** ASSUMED: DELETE /webhook/{id} answers 204. */
  deleteWebhook: defineEndpoint('DELETE', '/api/v3/webhook/{webhookId}'),
} as const;
