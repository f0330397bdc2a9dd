import { isIsoDate } from '@/lib/mappings/datetime';

/**
 * The schedule page's state in its address, so a reload, a bookmark or a link from the patient record opens
 * the same view: `?room=&duration=&view=week|day&day=YYYY-MM-DD&slot=<unix s>&patient=<key>&reschedule=<id>`.
 * Only names, dates, times and ids: never a patient's details.
 */

export type ScheduleView = 'week' | 'day';

export interface ScheduleParams {
  room: string | null;
  /** Seconds; null: the waiting room's own slot length. */
  duration: number | null;
  view: ScheduleView | null;
  day: string | null;
  /** The held slot's start, unix seconds. */
  slot: number | null;
  patient: string | null;
  reschedule: number | null;
}

/** The lengths offered (seconds). */
export const SCHEDULE_DURATIONS = [900, 1200, 1800, 2700, 3600] as const;

const positiveInt = (value: string | null): number | null =>
  value !== null && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;

export function readScheduleParams(search: URLSearchParams): ScheduleParams {
  const view = search.get('view');
  const day = search.get('day');
  const duration = positiveInt(search.get('duration'));
  return {
    room: search.get('room') || null,
    duration: duration !== null && duration <= 86_400 ? duration : null,
    view: view === 'week' || view === 'day' ? view : null,
    day: day && isIsoDate(day) ? day : null,
    slot: positiveInt(search.get('slot')),
    patient: search.get('patient') || null,
    reschedule: positiveInt(search.get('reschedule')),
  };
}

/** The params with `patch` applied, as a query string (empty values left out, order fixed). */
export function writeScheduleParams(current: ScheduleParams, patch: Partial<ScheduleParams>): string {
  const next = { ...current, ...patch };
  const search = new URLSearchParams();
  if (next.room) search.set('room', next.room);
  if (next.duration) search.set('duration', String(next.duration));
  if (next.view) search.set('view', next.view);
  if (next.day) search.set('day', next.day);
  if (next.slot) search.set('slot', String(next.slot));
  if (next.patient) search.set('patient', next.patient);
  if (next.reschedule) search.set('reschedule', String(next.reschedule));
  const text = search.toString();
  return text ? `?${text}` : '';
}
