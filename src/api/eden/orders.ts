import { VendorError } from '../errors';
import { parseInput } from '../zod-issues';
import { edenClient } from './client';
import {
  type EdenCancelReason,
  type EdenCreateOrder,
  type EdenListOrdersParams,
  type EdenOrder,
  edenCancelOrderSchema,
  edenCreateOrderSchema,
  edenListOrdersParamsSchema,
  edenOrderPageSchema,
  edenOrderSchema,
  edenUpdateOrderSchema,
} from './order-schemas';

interface CallOptions {
  signal?: AbortSignal;
}

/** `POST /orders/`. The input may use the documented aliases; canonical names are sent. */
export async function createEdenOrder(input: unknown, options: CallOptions = {}): Promise<EdenOrder> {
  const body = parseInput('eden', 'POST /orders/', edenCreateOrderSchema, input);
  return edenClient.request({
    method: 'POST',
    path: '/orders/',
    endpoint: 'POST /orders/',
    json: body,
    schema: edenOrderSchema,
    signal: options.signal,
  });
}

/** `PUT /orders/{id}/`: the same fields as create, all optional. */
export async function updateEdenOrder(
  id: string,
  input: unknown,
  options: CallOptions = {},
): Promise<EdenOrder> {
  const body = parseInput('eden', 'PUT /orders/{id}/', edenUpdateOrderSchema, input);
  return edenClient.request({
    method: 'PUT',
    path: `/orders/${encodeURIComponent(id)}/`,
    endpoint: 'PUT /orders/{id}/',
    json: body,
    schema: edenOrderSchema,
    signal: options.signal,
  });
}

/** `DELETE /orders/{id}/` with `cancel_reason`. Answers the order, which stays in history. */
export async function cancelEdenOrder(
  id: string,
  cancelReason: EdenCancelReason,
  options: CallOptions = {},
): Promise<EdenOrder> {
  return edenClient.request({
    method: 'DELETE',
    path: `/orders/${encodeURIComponent(id)}/`,
    endpoint: 'DELETE /orders/{id}/',
    json: parseInput('eden', 'DELETE /orders/{id}/', edenCancelOrderSchema, { cancel_reason: cancelReason }),
    schema: edenOrderSchema,
    signal: options.signal,
  });
}

export async function getEdenOrder(id: string, options: CallOptions = {}): Promise<EdenOrder> {
  return edenClient.request({
    path: `/orders/${encodeURIComponent(id)}/`,
    endpoint: 'GET /orders/{id}/',
    schema: edenOrderSchema,
    signal: options.signal,
  });
}

/** `GET /orders/`: a date window of at most one month, filters, `limit`/`offset` pages. */
export async function listEdenOrders(params: EdenListOrdersParams, options: CallOptions = {}) {
  const query = parseInput('eden', 'GET /orders/', edenListOrdersParamsSchema, params);
  return edenClient.request({
    path: '/orders/',
    endpoint: 'GET /orders/',
    query,
    schema: edenOrderPageSchema,
    signal: options.signal,
  });
}

/**
 * How Eden says "this folio is taken" (assumed: a 400 with a `folio` field error saying it already exists,
 * as Django REST's unique validator does). Kept in one place.
 */
export function isDuplicateFolioError(error: unknown): error is VendorError {
  return (
    error instanceof VendorError &&
    (error.status === 400 || error.status === 409) &&
    (error.fieldErrors.folio ?? []).some((message) => /already exists/i.test(message))
  );
}

const comparedFields = [
  'description',
  'modality',
  'study_code',
  'study_name',
  'patient_identifier',
  'patient_name',
  'patient_gender',
  'patient_birth_date',
  'appointment_date',
  'appointment_time',
] as const satisfies readonly (keyof EdenCreateOrder & keyof EdenOrder)[];

/** Whether an existing order carries the data we meant to create (the fields that define the order). */
export function sameOrderData(sent: EdenCreateOrder, existing: EdenOrder): boolean {
  if (existing.folio !== sent.folio || existing.facility.identifier !== sent.facility_identifier)
    return false;
  return comparedFields.every((field) => (sent[field] ?? null) === (existing[field] ?? null));
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

async function findOrderByFolio(sent: EdenCreateOrder, signal?: AbortSignal): Promise<EdenOrder | undefined> {
  const day = sent.appointment_date ?? todayIso();
  const page = await listEdenOrders(
    {
      start_date: day,
      end_date: day,
      patient_identifier: sent.patient_identifier,
      modality: [sent.modality],
      limit: 100,
    },
    { signal },
  );
  return page.results.find((order) => order.folio === sent.folio);
}

export interface IdempotentCreateResult {
  order: EdenOrder;
  /** True when the order already existed with the same data (an earlier attempt got through). */
  replayed: boolean;
}

/**
 * Creates an order exactly once. The folio is the client's idempotency key: when Eden says the folio
 * exists, the existing order is fetched, and if it carries the same data, that is success (an earlier
 * attempt got through but its answer was lost). A folio used by different data stays an error.
 */
export async function createEdenOrderOnce(
  input: unknown,
  options: CallOptions = {},
): Promise<IdempotentCreateResult> {
  const sent = parseInput('eden', 'POST /orders/', edenCreateOrderSchema, input);
  try {
    return { order: await createEdenOrder(sent, options), replayed: false };
  } catch (error) {
    if (!isDuplicateFolioError(error)) throw error;
    const existing = await findOrderByFolio(sent, options.signal);
    if (existing && sameOrderData(sent, existing)) return { order: existing, replayed: true };
    throw error;
  }
}
