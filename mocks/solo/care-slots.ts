import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Opening hours of one local day: intervals `HH:mm`–`HH:mm` in the waiting room's own time zone. */
export interface OpeningInterval {
  open: string;
  close: string;
}

/** Index 0 = Sunday … 6 = Saturday (dayjs `day()`). */
export type WeeklyHours = readonly (readonly OpeningInterval[])[];

export interface SlotRoom {
  timeZone: string;
  slotDuration: number;
  hours: WeeklyHours;
}

export interface BookedInterval {
  startTime: number;
  duration: number;
}

export interface MockSlot {
  date: number;
  duration: number;
}

const DAY = 86_400;

/** A local wall-clock time (`YYYY-MM-DD`, `HH:mm`) in `zone` → unix seconds. DST-aware through dayjs tz. */
export function localToUnix(date: string, time: string, zone: string): number {
  return dayjs.tz(`${date} ${time}`, 'YYYY-MM-DD HH:mm', zone).unix();
}

/** The opening intervals (unix seconds, [start, end)) of a room between two instants. */
export function openingIntervals(room: SlotRoom, after: number, before: number): [number, number][] {
  const out: [number, number][] = [];
  // Walk local calendar days (by date string, never by adding 24 h, which would drift across DST).
  let day = dayjs
    .unix(after - DAY)
    .tz(room.timeZone)
    .format('YYYY-MM-DD');
  const lastDay = dayjs
    .unix(before + DAY)
    .tz(room.timeZone)
    .format('YYYY-MM-DD');
  while (day <= lastDay) {
    const weekday = dayjs.utc(day).day();
    for (const interval of room.hours[weekday] ?? []) {
      const start = localToUnix(day, interval.open, room.timeZone);
      const end = localToUnix(day, interval.close, room.timeZone);
      if (end > after && start < before) out.push([start, end]);
    }
    day = dayjs.utc(day).add(1, 'day').format('YYYY-MM-DD');
  }
  return out;
}

export function overlaps(aStart: number, aDuration: number, bStart: number, bDuration: number): boolean {
  return aStart < bStart + bDuration && bStart < aStart + aDuration;
}

/**
 * Free slots of a room in [after, before]: a grid of `duration` seconds from each opening time, each slot
 * wholly inside its opening interval and inside [after, before], minus the slots that overlap a booking.
 */
export function computeSlots(
  room: SlotRoom,
  after: number,
  before: number,
  duration: number,
  booked: readonly BookedInterval[],
): MockSlot[] {
  const slots: MockSlot[] = [];
  for (const [open, close] of openingIntervals(room, after, before)) {
    for (let start = open; start + duration <= close; start += duration) {
      if (start < after || start + duration > before) continue;
      if (booked.some((b) => overlaps(start, duration, b.startTime, b.duration))) continue;
      slots.push({ date: start, duration });
    }
  }
  return slots;
}

/** Whether [start, start + duration) lies wholly inside one opening interval of the room. */
export function withinOpeningHours(room: SlotRoom, start: number, duration: number): boolean {
  return openingIntervals(room, start, start + duration).some(
    ([open, close]) => start >= open && start + duration <= close,
  );
}
