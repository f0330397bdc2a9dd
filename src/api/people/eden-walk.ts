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
  /** Called after each window with the orders found so far (for progress and streaming). */
  onWindow?: (found: EdenOrder[], window: EdenWindow, index: number) => void;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Every order of `patientIdentifier` in the walk's windows, newest window first, each window in Eden's order. */
export async function walkEdenOrdersByPatient(
  patientIdentifier: string,
  options: EdenWalkOptions = {},
): Promise<EdenOrder[]> {
  const { today = dayjs().format('YYYY-MM-DD'), monthsBack, stopAtFirst, onWindow, ...call } = options;
  const found: EdenOrder[] = [];
  const windows = edenWalkWindows(today, monthsBack);
  for (const [index, window] of windows.entries()) {
    if (call.signal?.aborted) throw abortError(call.signal);
    const before = found.length;
    for (let page = 0; page < MAX_PAGES_PER_WINDOW; page++) {
      const answer = await listEdenOrders(
        { ...window, patient_identifier: patientIdentifier, limit: PAGE_SIZE, offset: page * PAGE_SIZE },
        call,
      );
      found.push(...answer.results);
      if (!answer.next) break;
    }
    onWindow?.(found, window, index);
    if (stopAtFirst && found.length > before) break;
  }
  return found;
}
