import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { edenEndpoints } from './endpoints';
import { isEdenDuplicateFolioError } from './errors';
import {
  createEdenOrder,
  type EdenCreateOrder,
  type EdenOrder,
  edenCreateOrderSchema,
  listEdenOrders,
} from './orders';

/**
 * Creating an order exactly once. The folio is the client's idempotency key: when Eden says the folio
 * exists, the existing order is fetched, and if it carries the same data, that is success (an earlier
 * attempt got through but its answer was lost). A folio used by different data stays an error.
 */

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
export function sameEdenOrderData(sent: EdenCreateOrder, existing: EdenOrder): boolean {
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

export interface EdenCreateOnceResult {
  order: EdenOrder;
  /** True when the order already existed with the same data (an earlier attempt got through). */
  replayed: boolean;
}

/** `POST /orders/`, exactly once (see above). */
export async function createEdenOrderOnce(
  input: unknown,
  options: CallOptions = {},
): Promise<EdenCreateOnceResult> {
  const sent = parseInput('eden', edenEndpoints.createOrder.name, edenCreateOrderSchema, input);
  try {
    return { order: await createEdenOrder(sent, options), replayed: false };
  } catch (error) {
    if (!isEdenDuplicateFolioError(error)) throw error;
    const existing = await findOrderByFolio(sent, options.signal);
    if (existing && sameEdenOrderData(sent, existing)) return { order: existing, replayed: true };
    throw error;
  }
}
