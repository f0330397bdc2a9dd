import { offsetMinutesAt } from '@/lib/mappings/datetime';
import { addDays } from './calendar';
import { type ClockChange, clockChangeMinutes, clockChangesBetween, startOfLocalDay } from './zones';

/**
 * The slot grid of a location: one column per local day, one row per wall-clock time of the location's
 * zone. Everything is placed by the location's wall clock, never the viewer's, so a week across a clock
 * change keeps 08:00 on the 08:00 row on both sides of it. At a change:
 * - clocks going forward skip wall times: those cells of that day are marked `nonexistent`;
 * - clocks going back repeat wall times: the second pass gets rows of its own (`repeat`), right after the
 *   first pass, so no slot is dropped and none lands on another's row.
 * The zone is read once per day (and at each change), not per slot: a week of 15-minute slots in ten rooms
 * builds in milliseconds.
 */

export interface GridSlot {
  /** Start, epoch milliseconds. */
  start: number;
  /** Seconds. */
  duration: number;
}

export interface GridRow {
  key: string;
  /** Wall-clock minutes since local midnight. */
  minutes: number;
  /** The second time this wall time happens that day (clocks went back). */
  repeat: boolean;
  /** `HH:mm` on the location's clock. */
  wall: string;
}

export interface GridDay {
  day: string;
  /** `[start, end)` of the local day, epoch ms: 23, 24 or 25 hours. */
  range: [number, number];
  /** Clock changes during this local day. */
  changes: ClockChange[];
  hours: number;
  /** The zone's UTC offset (minutes) when the day starts. */
  offsetAtStart: number;
}

export interface GridCell {
  slot: GridSlot | null;
  /** This wall time does not exist on this day (clocks went forward over it). */
  nonexistent: boolean;
  /** The location's UTC offset (minutes) at the slot, when there is one. */
  offset: number | null;
}

export interface SlotGrid {
  timeZone: string;
  days: GridDay[];
  rows: GridRow[];
  /** `cells[row][day]`. */
  cells: GridCell[][];
  /** Every clock change during the days shown. */
  changes: ClockChange[];
  /** Free slots placed in the grid. */
  slotCount: number;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

const wallLabel = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The location's offset at `ms` within `day` (its start offset, or the one after the last change passed). */
export function offsetWithin(day: GridDay, ms: number): number {
  let offset = day.offsetAtStart;
  for (const change of day.changes) if (ms >= change.at) offset = change.offsetAfter;
  return offset;
}

/** Wall-clock minutes since midnight of `ms` at a known UTC offset. */
function wallMinutes(ms: number, offset: number): number {
  const wall = ms + offset * MINUTE_MS;
  return Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
}

/** The wall-clock range `[from, to)` in minutes that a change repeats (back) or skips (forward). */
function changedWallRange(change: ClockChange): { from: number; to: number } {
  const after = wallMinutes(change.at, change.offsetAfter);
  const shift = Math.abs(clockChangeMinutes(change));
  return clockChangeMinutes(change) < 0
    ? { from: after, to: after + shift }
    : { from: after - shift, to: after };
}

interface Placement {
  dayIndex: number;
  minutes: number;
  repeat: boolean;
  order: number;
  offset: number;
}

function placeSlot(slot: GridSlot, dayIndex: number, day: GridDay): Placement {
  const offset = offsetWithin(day, slot.start);
  const minutes = wallMinutes(slot.start, offset);
  for (const change of day.changes) {
    if (clockChangeMinutes(change) >= 0 || slot.start < change.at) continue;
    const range = changedWallRange(change);
    if (minutes >= range.from && minutes < range.to) {
      // After the first pass of the repeated times and before the wall time the change jumped back from.
      const order = range.to - 0.5 + (0.5 * (minutes - range.from)) / (range.to - range.from);
      return { dayIndex, minutes, repeat: true, order, offset };
    }
  }
  return { dayIndex, minutes, repeat: false, order: minutes, offset };
}

/** The usual step between slots, in minutes (the most frequent slot length). */
function usualStep(slots: readonly GridSlot[]): number | null {
  const counts = new Map<number, number>();
  for (const slot of slots) {
    const minutes = Math.round(slot.duration / 60);
    if (minutes > 0) counts.set(minutes, (counts.get(minutes) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [minutes, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = minutes;
  return best;
}

/** The local days `firstDay … firstDay + dayCount - 1` of `timeZone`, with their bounds and clock changes. */
export function gridDays(timeZone: string, firstDay: string, dayCount: number): GridDay[] {
  const starts = Array.from({ length: dayCount + 1 }, (_, index) =>
    startOfLocalDay(addDays(firstDay, index), timeZone),
  );
  return Array.from({ length: dayCount }, (_, index) => {
    const range: [number, number] = [starts[index] as number, starts[index + 1] as number];
    return {
      day: addDays(firstDay, index),
      range,
      changes: clockChangesBetween(timeZone, range[0], range[1]),
      hours: Math.round((range[1] - range[0]) / 3_600_000),
      offsetAtStart: offsetMinutesAt(new Date(range[0]), timeZone),
    };
  });
}

/**
 * Builds the grid of `slots` for the local days `firstDay … firstDay + dayCount - 1` in `timeZone`. Rows
 * between the first and the last slot are filled at the usual slot step, so a booked or closed time shows
 * as an empty row instead of vanishing. Slots outside the days are left out.
 */
export function buildSlotGrid(
  slots: readonly GridSlot[],
  timeZone: string,
  firstDay: string,
  dayCount: number,
): SlotGrid {
  const days = gridDays(timeZone, firstDay, dayCount);
  const placed: { slot: GridSlot; at: Placement }[] = [];
  for (const slot of slots) {
    const index = days.findIndex((day) => slot.start >= day.range[0] && slot.start < day.range[1]);
    const day = days[index];
    if (!day) continue;
    placed.push({ slot, at: placeSlot(slot, index, day) });
  }

  const rowsByKey = new Map<string, GridRow & { order: number }>();
  const addRow = (minutes: number, repeat: boolean, order: number) => {
    const key = repeat ? `${minutes}r` : String(minutes);
    if (!rowsByKey.has(key)) rowsByKey.set(key, { key, minutes, repeat, wall: wallLabel(minutes), order });
  };
  for (const { at } of placed) addRow(at.minutes, at.repeat, at.order);

  const step = usualStep(slots);
  const plain = placed.filter(({ at }) => !at.repeat).map(({ at }) => at.minutes);
  if (step && plain.length > 0) {
    const first = Math.min(...plain);
    const last = Math.max(...plain);
    for (let minutes = first; minutes <= last; minutes += step) addRow(minutes, false, minutes);
  }

  const rows = [...rowsByKey.values()].sort((a, b) => a.order - b.order);
  const rowIndex = new Map(rows.map((row, index) => [row.key, index]));

  const skipped = days.map((day) =>
    day.changes.filter((change) => clockChangeMinutes(change) > 0).map((change) => changedWallRange(change)),
  );
  const cells: GridCell[][] = rows.map((row) =>
    days.map((_, index) => ({
      slot: null,
      offset: null,
      nonexistent:
        !row.repeat &&
        (skipped[index] ?? []).some((range) => row.minutes >= range.from && row.minutes < range.to),
    })),
  );
  for (const { slot, at } of placed) {
    const row = rowIndex.get(at.repeat ? `${at.minutes}r` : String(at.minutes));
    const cell = row === undefined ? undefined : cells[row]?.[at.dayIndex];
    if (cell) {
      cell.slot = slot;
      cell.offset = at.offset;
    }
  }

  return {
    timeZone,
    days,
    rows: rows.map(({ order: _order, ...row }) => row),
    cells,
    changes: days.flatMap((day) => day.changes),
    slotCount: placed.length,
  };
}
