import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useSoloSlots } from '@/api/solo/queries';
import { addDays } from '@/lib/scheduling/calendar';
import { buildSlotGrid, type GridSlot } from '@/lib/scheduling/slot-grid';
import { startOfLocalDay } from '@/lib/scheduling/zones';

/** The grid refreshes every minute, and whenever the window gets the focus back. */
export const SLOT_REFRESH_MS = 60_000;

/**
 * The free slots of a room for `dayCount` local days from `firstDay`, as a grid on the room's clock. Slots
 * that have started already are not offered.
 */
export function useSlotView(
  room: string | null,
  timeZone: string,
  firstDay: string,
  dayCount: number,
  duration: number | null,
) {
  const after = Math.floor(startOfLocalDay(firstDay, timeZone) / 1000);
  const before = Math.floor(startOfLocalDay(addDays(firstDay, dayCount), timeZone) / 1000);
  const query = useSoloSlots(
    room ? { waitingRoom: room, after, before, ...(duration ? { duration } : {}) } : undefined,
    {
      queryConfig: {
        refetchInterval: SLOT_REFRESH_MS,
        refetchOnWindowFocus: true,
        staleTime: 0,
        // The grid stays mounted (and keeps the keyboard focus) while the next week loads.
        placeholderData: keepPreviousData,
      },
    },
  );
  const { refetch } = query;
  useEffect(() => {
    // TanStack Query v5 refetches on `visibilitychange` only; a window that regains focus refreshes too.
    const onFocus = () => void refetch();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refetch]);

  const now = Date.now();
  const minute = Math.floor(now / 60_000);
  const slots = useMemo<GridSlot[]>(
    () =>
      (query.data ?? [])
        .filter((slot) => slot.date * 1000 >= minute * 60_000)
        .map((slot) => ({ start: slot.date * 1000, duration: slot.duration })),
    [query.data, minute],
  );
  const built = useMemo(
    () => buildSlotGrid(slots, timeZone, firstDay, dayCount),
    [slots, timeZone, firstDay, dayCount],
  );
  // While another week loads, the last week stays on screen (marked busy) rather than an empty grid.
  const shown = useRef(built);
  if (!query.isPlaceholderData) shown.current = built;
  return { query, grid: shown.current, slots, loading: query.isPlaceholderData };
}
