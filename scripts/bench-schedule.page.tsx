import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { useMemo } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { SlotGrid } from '@/features/schedule/components/SlotGrid';
import { initI18n, loadNamespaces } from '@/i18n';
import { localToInstant } from '@/lib/mappings/datetime';
import { addDays, startOfWeek } from '@/lib/scheduling/calendar';
import { buildSlotGrid, type GridSlot } from '@/lib/scheduling/slot-grid';

/**
 * The page `npm run bench:schedule` opens in Chromium: ten waiting rooms (in ten zones, some changing their
 * clocks that week) with a week of 15-minute slots around the clock each, built into grids and rendered
 * with the real SlotGrid; then one slot is booked and the time to show it is measured.
 */
const ZONES = [
  'America/New_York',
  'Europe/London',
  'America/Mexico_City',
  'Europe/Madrid',
  'Asia/Tokyo',
  'Australia/Sydney',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Pacific/Auckland',
];
// The week of Europe's autumn change (25 Oct 2026): the grids must place the repeated hour too.
const WEEK = startOfWeek('2026-10-25');

function weekOfSlots(zone: string): GridSlot[] {
  const start = localToInstant({ date: WEEK, time: '00:00:00' }, zone, { ambiguous: 'earlier' }).getTime();
  const end = localToInstant({ date: addDays(WEEK, 7), time: '00:00:00' }, zone, {
    ambiguous: 'earlier',
  }).getTime();
  const slots: GridSlot[] = [];
  for (let at = start; at < end; at += 15 * 60_000) slots.push({ start: at, duration: 900 });
  return slots;
}

const noop = () => undefined;

/** One room as the schedule page shows it: the grid model is rebuilt only when its slots change. */
function Room({ zone, slots }: { zone: string; slots: GridSlot[] }) {
  const grid = useMemo(() => buildSlotGrid(slots, zone, WEEK, 7), [slots, zone]);
  return <SlotGrid grid={grid} held={null} onPick={noop} onPage={noop} label={zone} />;
}

function Rooms({ rooms }: { rooms: { zone: string; slots: GridSlot[] }[] }) {
  return (
    <MantineProvider>
      {rooms.map((room) => (
        <Room key={room.zone} zone={room.zone} slots={room.slots} />
      ))}
    </MantineProvider>
  );
}

declare global {
  interface Window {
    runScheduleBench: () => Promise<{ renderMs: number; bookingMs: number; cells: number; slots: number }>;
  }
}

let root: Root | null = null;

window.runScheduleBench = async () => {
  await initI18n('en');
  await loadNamespaces('schedule');
  const container = document.getElementById('root') as HTMLElement;
  root?.unmount();
  container.replaceChildren();
  root = createRoot(container);
  const rooms = ZONES.map((zone) => ({ zone, slots: weekOfSlots(zone) }));

  const t0 = performance.now();
  flushSync(() => root?.render(<Rooms rooms={rooms} />));
  void container.offsetHeight; // layout included
  const renderMs = performance.now() - t0;

  // One booking in the fourth room: that slot leaves its grid.
  const booked = rooms.map((room, index) =>
    index === 3 ? { ...room, slots: room.slots.filter((_, i) => i !== 40) } : room,
  );
  const t1 = performance.now();
  flushSync(() => root?.render(<Rooms rooms={booked} />));
  void container.offsetHeight;
  const bookingMs = performance.now() - t1;

  return {
    renderMs,
    bookingMs,
    cells: container.querySelectorAll('[role="gridcell"]').length,
    slots: container.querySelectorAll('[data-state="free"]').length,
  };
};
