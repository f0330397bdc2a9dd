import dayjs from 'dayjs';
import { type EdenOrder, listEdenOrders } from '../eden/orders';
import type { CallOptions } from '../http';

/**
 * Eden lists orders only within a date window of at most one month, so finding a patient's orders by
 * `patient_identifier` walks month by month: first the coming month (upcoming appointments), then back
 * month by month, up to 12 months. Each window is 32 calendar days (`end - start` = 31, Eden's maximum).
 * The walk stops at once when `signal` aborts (a superseded search, a page left).
 */
export const EDEN_WALK_MONTHS_BACK = 12;
const WINDOW_DAYS = 31;
const PAGE_SIZE = 100;
/** Pages per window before giving up on completeness (100 orders a month of one patient is not a patient). */
const MAX_PAGES_PER_WINDOW = 5;

export interface EdenWindow {
  start_date: string;
  end_date: string;
}

/** The windows of the walk, newest first: the coming month, then 12 months back from `today`. */
export function edenWalkWindows(today: string, monthsBack = EDEN_WALK_MONTHS_BACK): EdenWindow[] {
  const day = dayjs(today);
  return Array.from({ length: monthsBack + 1 }, (_, k) => {
    const end = day.add(WINDOW_DAYS - (WINDOW_DAYS + 1) * k, 'day');
    return {
      start_date: end.subtract(WINDOW_DAYS, 'day').format('YYYY-MM-DD'),
      end_date: end.format('YYYY-MM-DD'),
    };
  });
}

export interface EdenWalkOptions extends CallOptions {
  /** `YYYY-MM-DD`; the browser's local day by default. */
  today?: string;
  monthsBack?: number;
  /** Stop after the first window that has orders (enough to read the patient's demographics). */
  stopAtFirst?: boolean;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** The walk, one window at a time (newest first): each yield is that window's orders, in Eden's order. */
export async function* walkEdenOrderWindows(
  patientIdentifier: string,
  options: EdenWalkOptions = {},
): AsyncGenerator<{ window: EdenWindow; index: number; orders: EdenOrder[] }> {
  const { today = dayjs().format('YYYY-MM-DD'), monthsBack, stopAtFirst, ...call } = options;
  for (const [index, window] of edenWalkWindows(today, monthsBack).entries()) {
    if (call.signal?.aborted) throw abortError(call.signal);
    const orders: EdenOrder[] = [];
    for (let page = 0; page < MAX_PAGES_PER_WINDOW; page++) {
      const answer = await listEdenOrders(
        { ...window, patient_identifier: patientIdentifier, limit: PAGE_SIZE, offset: page * PAGE_SIZE },
        call,
      );
      orders.push(...answer.results);
      if (!answer.next) break;
    }
    if (call.signal?.aborted) throw abortError(call.signal);
    yield { window, index, orders };
    if (stopAtFirst && orders.length > 0) return;
  }
}

/** Every order of `patientIdentifier` in the walk's windows, newest window first. */
export async function walkEdenOrdersByPatient(
  patientIdentifier: string,
  options: EdenWalkOptions = {},
): Promise<EdenOrder[]> {
  const found: EdenOrder[] = [];
  for await (const { orders } of walkEdenOrderWindows(patientIdentifier, options)) found.push(...orders);
  return found;
}
