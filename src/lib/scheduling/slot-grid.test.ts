import { describe, expect, it } from 'vitest';
import { localToInstant } from '@/lib/mappings/datetime';
import { addDays } from './calendar';
import { buildSlotGrid, type GridSlot } from './slot-grid';

// Runs under TZ=UTC and a far zone (scripts/test-unit.mjs): the grid depends on the location's zone only.
const LONDON = 'Europe/London';
const NY = 'America/New_York';

/** What Solo's slot grid gives: `duration`-second slots from `open` to `close` local, every day, in `zone`. */
function slotsOf(zone: string, firstDay: string, days: number, open: string, close: string, minutes = 15) {
  const slots: GridSlot[] = [];
  for (let d = 0; d < days; d++) {
    const day = addDays(firstDay, d);
    const start = localToInstant({ date: day, time: `${open}:00` }, zone, { ambiguous: 'earlier' }).getTime();
    const end = localToInstant({ date: day, time: `${close}:00` }, zone, { ambiguous: 'later' }).getTime();
    for (let at = start; at + minutes * 60_000 <= end; at += minutes * 60_000) {
      slots.push({ start: at, duration: minutes * 60 });
    }
  }
  return slots;
}

/** Every slot a 24-hour room has in `[firstDay, firstDay + days)`, walked as instants (what a server sends). */
function roundTheClock(zone: string, firstDay: string, days: number, minutes = 15) {
  const start = localToInstant({ date: firstDay, time: '00:00:00' }, zone).getTime();
  const end = localToInstant({ date: addDays(firstDay, days), time: '00:00:00' }, zone).getTime();
  const slots: GridSlot[] = [];
  for (let at = start; at < end; at += minutes * 60_000) slots.push({ start: at, duration: minutes * 60 });
  return slots;
}

const wallTimesOfDay = (grid: ReturnType<typeof buildSlotGrid>, dayIndex: number) =>
  grid.rows
    .filter((_, r) => grid.cells[r]?.[dayIndex]?.slot)
    .map((row) => `${row.wall}${row.repeat ? '²' : ''}`);

describe('the slot grid of a week across a clock change', () => {
  it.each([
    [LONDON, '2026-10-19', '2026-10-25'],
    [NY, '2026-10-26', '2026-11-01'],
    [LONDON, '2026-03-23', '2026-03-29'],
    [NY, '2026-03-02', '2026-03-08'],
  ])('%s, week of %s: office hours stay on their rows on both sides of the change (%s)', (zone, monday) => {
    const slots = slotsOf(zone, monday, 7, '08:00', '17:00');
    const grid = buildSlotGrid(slots, zone, monday, 7);
    expect(grid.changes).toHaveLength(1);
    expect(grid.slotCount).toBe(slots.length);
    expect(grid.rows[0]?.wall).toBe('08:00');
    expect(grid.rows.at(-1)?.wall).toBe('16:45');
    expect(grid.rows).toHaveLength(36);
    // Every day: 36 slots, 08:00 to 16:45, no hour missing or doubled.
    for (let d = 0; d < 7; d++) expect(wallTimesOfDay(grid, d)).toEqual(grid.rows.map((row) => row.wall));
  });

  it('marks the hour that does not exist when the clocks go forward, and drops no slot', () => {
    const slots = roundTheClock(NY, '2026-03-02', 7);
    const grid = buildSlotGrid(slots, NY, '2026-03-02', 7);
    expect(grid.slotCount).toBe(slots.length);
    expect(grid.rows).toHaveLength(96);
    expect(grid.days[6]?.hours).toBe(23);
    const sunday = wallTimesOfDay(grid, 6);
    expect(sunday).toHaveLength(92);
    expect(sunday).not.toContain('02:00');
    expect(sunday.slice(7, 9)).toEqual(['01:45', '03:00']);
    const twoAm = grid.rows.findIndex((row) => row.wall === '02:30');
    expect(grid.cells[twoAm]?.[6]).toEqual({ slot: null, nonexistent: true, offset: null });
    expect(grid.cells[twoAm]?.[5]?.nonexistent).toBe(false);
  });

  it('gives the repeated hour its own rows when the clocks go back, right after the first pass', () => {
    const slots = roundTheClock(LONDON, '2026-10-19', 7);
    const grid = buildSlotGrid(slots, LONDON, '2026-10-19', 7);
    expect(grid.slotCount).toBe(slots.length);
    expect(grid.rows).toHaveLength(100);
    expect(grid.days[6]?.hours).toBe(25);
    const sunday = wallTimesOfDay(grid, 6);
    expect(sunday).toHaveLength(100);
    expect(sunday.slice(4, 13)).toEqual([
      '01:00',
      '01:15',
      '01:30',
      '01:45',
      '01:00²',
      '01:15²',
      '01:30²',
      '01:45²',
      '02:00',
    ]);
    // The other days have nothing on the repeated rows, and their own 01:00 is on the first-pass row.
    const saturday = wallTimesOfDay(grid, 5);
    expect(saturday).toHaveLength(96);
    expect(saturday.filter((wall) => wall.endsWith('²'))).toEqual([]);
    // Each slot sits on the row of its own wall time in London.
    const repeatRow = grid.rows.findIndex((row) => row.repeat && row.wall === '01:00');
    expect(new Date(grid.cells[repeatRow]?.[6]?.slot?.start ?? 0).toISOString()).toBe(
      '2026-10-25T01:00:00.000Z',
    );
    const firstRow = grid.rows.findIndex((row) => !row.repeat && row.wall === '01:00');
    expect(new Date(grid.cells[firstRow]?.[6]?.slot?.start ?? 0).toISOString()).toBe(
      '2026-10-25T00:00:00.000Z',
    );
  });

  it('fills booked and closed times in as empty rows, and leaves out slots of other days', () => {
    const slots = slotsOf(NY, '2026-11-02', 2, '08:00', '10:00').filter((_, i) => i !== 1 && i !== 10);
    const outside = slotsOf(NY, '2026-11-05', 1, '08:00', '09:00');
    const grid = buildSlotGrid([...slots, ...outside], NY, '2026-11-02', 2);
    expect(grid.rows.map((row) => row.wall)).toEqual([
      '08:00',
      '08:15',
      '08:30',
      '08:45',
      '09:00',
      '09:15',
      '09:30',
      '09:45',
    ]);
    expect(grid.slotCount).toBe(14);
    expect(grid.cells[1]?.[0]?.slot).toBeNull();
    expect(grid.cells[1]?.[1]?.slot).not.toBeNull();
    // 08:15 booked on both days: its row stays, empty.
    const bothBooked = slotsOf(NY, '2026-11-02', 2, '08:00', '10:00').filter((_, i) => i !== 1 && i !== 9);
    const filled = buildSlotGrid(bothBooked, NY, '2026-11-02', 2);
    expect(filled.rows[1]?.wall).toBe('08:15');
    expect(filled.cells[1]?.every((cell) => cell.slot === null)).toBe(true);
  });

  it('places a slot by the location, not the viewer: 23:30 in New York is on New York’s day', () => {
    const late = localToInstant({ date: '2026-11-03', time: '23:30:00' }, NY).getTime();
    const grid = buildSlotGrid([{ start: late, duration: 1800 }], NY, '2026-11-02', 7);
    expect(grid.rows.map((row) => row.wall)).toEqual(['23:30']);
    expect(grid.cells[0]?.map((cell) => Boolean(cell.slot))).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
