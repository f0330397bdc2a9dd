import { Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { type KeyboardEvent, memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { offsetMinutesAt } from '@/lib/mappings/datetime';
import type { GridSlot, SlotGrid as SlotGridModel } from '@/lib/scheduling/slot-grid';
import { offsetWithin } from '@/lib/scheduling/slot-grid';
import {
  browserTimeZone,
  clockChangeMinutes,
  clockChangesBetween,
  formatDayHeader,
  formatLongDay,
  formatWallClock,
  zoneName,
} from '@/lib/scheduling/zones';
import classes from './SlotGrid.module.css';

type CellState = 'free' | 'held' | 'empty' | 'nonexistent';

interface SlotGridProps {
  grid: SlotGridModel;
  /** The held slot's start (epoch ms): shown as the user's. */
  held: number | null;
  onPick: (slot: GridSlot) => void;
  /** PageUp / PageDown: the previous or next week (day). */
  onPage: (direction: -1 | 1) => void;
  label: string;
  /** Picking is paused (a booking's outcome is being settled). */
  disabled?: boolean;
  /** Another week or day is loading. */
  busy?: boolean;
}

interface CellProps {
  id: string;
  state: CellState;
  text: string;
  own: string | null;
  label: string;
  tabIndex: 0 | -1;
  disabled: boolean;
  start: number | null;
  row: number;
  col: number;
  onActivate: (row: number, col: number) => void;
  onFocusCell: (row: number, col: number) => void;
  onKey: (event: KeyboardEvent<HTMLTableCellElement>, row: number, col: number) => void;
}

const Cell = memo(function Cell({
  id,
  state,
  text,
  own,
  label,
  tabIndex,
  disabled,
  start,
  row,
  col,
  onActivate,
  onFocusCell,
  onKey,
}: CellProps) {
  const pickable = state === 'free' || state === 'held';
  return (
    <td
      id={id}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA grid pattern (a table with role="grid") makes its cells the focus targets.
      role="gridcell"
      className={classes.cell}
      data-state={state}
      data-slot-start={start ?? undefined}
      data-disabled={disabled && pickable ? '' : undefined}
      aria-selected={state === 'held'}
      aria-disabled={!pickable || disabled}
      aria-label={label}
      tabIndex={tabIndex}
      onClick={() => onActivate(row, col)}
      onFocus={() => onFocusCell(row, col)}
      onKeyDown={(event) => onKey(event, row, col)}
    >
      {text}
      {own && <span className={classes.own}>{own}</span>}
    </td>
  );
});

/**
 * The free slots of a waiting room as an ARIA grid: one column per local day of the room, one row per
 * wall-clock time of the room. Arrow keys move, Home/End go to the row's ends, Ctrl+Home/End to the grid's,
 * Enter or Space picks, PageUp/PageDown change the week. One cell is in the tab order (roving tabindex).
 */
export function SlotGrid({
  grid,
  held,
  onPick,
  onPage,
  label,
  disabled = false,
  busy = false,
}: SlotGridProps) {
  const { t, i18n } = useTranslation('schedule');
  const locale = i18n.language;
  const own = browserTimeZone();
  const single = grid.days.length === 1;
  const [focus, setFocus] = useState<{ row: number; col: number } | null>(null);
  const focusPending = useRef(false);

  // Texts of every cell, computed once per grid (the held slot and focus do not change them). Zones are read
  // per day and per offset, not per cell: ten rooms of 672 cells each stay fast.
  const cells = useMemo(() => {
    const wallText = new Map<string, string>();
    const hhmm = (wall: string) => {
      let text = wallText.get(wall);
      if (text === undefined) {
        text = formatWallClock(wall, locale);
        wallText.set(wall, text);
      }
      return text;
    };
    const names = new Map<string, string>();
    const nameOf = (zone: string, offset: number, at: number) => {
      const key = `${zone}|${offset}`;
      let name = names.get(key);
      if (name === undefined) {
        name = zoneName(at, zone, locale);
        names.set(key, name);
      }
      return name;
    };
    const wallOf = (ms: number, offset: number) => {
      const minutes = Math.floor(
        ((((ms + offset * 60_000) % 86_400_000) + 86_400_000) % 86_400_000) / 60_000,
      );
      return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    };
    const columns = grid.days.map((day) => ({
      text: formatLongDay(day.day, locale),
      viewer: {
        ...day,
        offsetAtStart: offsetMinutesAt(new Date(day.range[0]), own),
        changes: clockChangesBetween(own, day.range[0], day.range[1]),
      },
    }));
    return grid.rows.map((row, r) =>
      grid.days.map((_day, c) => {
        const cell = grid.cells[r]?.[c];
        const column = columns[c];
        const dayText = column?.text ?? '';
        if (!cell?.slot || cell.offset === null || !column) {
          const state: CellState = cell?.nonexistent ? 'nonexistent' : 'empty';
          const why = state === 'nonexistent' ? t('grid.nonexistent') : t('grid.noSlot');
          return {
            state,
            start: null,
            text: state === 'nonexistent' ? '×' : '—',
            own: null,
            label: `${dayText}, ${hhmm(row.wall)}: ${why}`,
          };
        }
        const start = cell.slot.start;
        const zoned = `${hhmm(row.wall)} ${nameOf(grid.timeZone, cell.offset, start)}`;
        const viewerOffset = offsetWithin(column.viewer, start);
        const mine =
          viewerOffset === cell.offset
            ? null
            : `${hhmm(wallOf(start, viewerOffset))} ${nameOf(own, viewerOffset, start)}`;
        const repeat = row.repeat ? ` (${t('grid.secondTime')})` : '';
        return {
          state: 'free' as CellState,
          start,
          text: single ? zoned : t('grid.freeShort'),
          own: single && mine ? t('zone.yourTime', { time: mine }) : null,
          label: `${dayText}, ${zoned}${repeat}, ${t('grid.free')}${mine ? `. ${t('zone.yourTime', { time: mine })}` : ''}`,
        };
      }),
    );
  }, [grid, locale, own, single, t]);

  const rowCount = grid.rows.length;
  const colCount = grid.days.length;
  const heldPosition = useMemo(() => {
    if (held === null) return null;
    for (let r = 0; r < rowCount; r++)
      for (let c = 0; c < colCount; c++) if (cells[r]?.[c]?.start === held) return { row: r, col: c };
    return null;
  }, [held, cells, rowCount, colCount]);
  const firstFree = useMemo(() => {
    for (let c = 0; c < colCount; c++)
      for (let r = 0; r < rowCount; r++) if (cells[r]?.[c]?.state === 'free') return { row: r, col: c };
    return rowCount > 0 && colCount > 0 ? { row: 0, col: 0 } : null;
  }, [cells, rowCount, colCount]);
  const clampedFocus =
    focus && focus.row < rowCount && focus.col < colCount ? focus : (heldPosition ?? firstFree);

  // Keep the keyboard user's place: after a move, and when a refresh or another week replaces the focused cell.
  const wrapper = useRef<HTMLDivElement>(null);
  const hadFocus = useRef(false);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) hadFocus.current = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);
  useEffect(() => {
    if (!clampedFocus) return;
    const active = document.activeElement;
    const lost = hadFocus.current && (!active || active === document.body);
    if (!focusPending.current && !lost) return;
    focusPending.current = false;
    document.getElementById(cellId(grid, clampedFocus.row, clampedFocus.col))?.focus();
  });

  // Stable callbacks (the latest props through refs): after a booking only the cells that changed re-render.
  const latest = useRef({ onPick, onPage, grid, disabled });
  latest.current = { onPick, onPage, grid, disabled };

  const onActivate = useCallback((row: number, col: number) => {
    setFocus({ row, col });
    const { grid: current, disabled: paused, onPick: pick } = latest.current;
    const slot = current.cells[row]?.[col]?.slot;
    if (slot && !paused) pick(slot);
  }, []);
  const onFocusCell = useCallback((row: number, col: number) => {
    setFocus((current) => (current?.row === row && current.col === col ? current : { row, col }));
  }, []);
  const onKey = useCallback(
    (event: KeyboardEvent<HTMLTableCellElement>, row: number, col: number) => {
      const move = (r: number, c: number) => {
        event.preventDefault();
        focusPending.current = true;
        setFocus({
          row: Math.max(0, Math.min(rowCount - 1, r)),
          col: Math.max(0, Math.min(colCount - 1, c)),
        });
      };
      switch (event.key) {
        case 'ArrowDown':
          return move(row + 1, col);
        case 'ArrowUp':
          return move(row - 1, col);
        case 'ArrowRight':
          return move(row, col + 1);
        case 'ArrowLeft':
          return move(row, col - 1);
        case 'Home':
          return event.ctrlKey ? move(0, 0) : move(row, 0);
        case 'End':
          return event.ctrlKey ? move(rowCount - 1, colCount - 1) : move(row, colCount - 1);
        case 'PageUp':
          event.preventDefault();
          focusPending.current = true;
          latest.current.onPage(-1);
          return;
        case 'PageDown':
          event.preventDefault();
          focusPending.current = true;
          latest.current.onPage(1);
          return;
        case 'Enter':
        case ' ':
          event.preventDefault();
          onActivate(row, col);
          return;
      }
    },
    [rowCount, colCount, onActivate],
  );

  return (
    <div ref={wrapper} className={classes.scroller} aria-busy={busy} data-busy={busy || undefined}>
      <table
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA grid pattern: a table navigated cell by cell with the keyboard.
        role="grid"
        aria-label={label}
        className={classes.table}
        data-testid="slot-grid"
        onFocus={() => {
          hadFocus.current = true;
        }}
        onBlur={(event) => {
          if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget))
            hadFocus.current = false;
        }}
      >
        <thead>
          <tr>
            <th className={classes.corner} scope="col">
              {t('grid.time')}
            </th>
            {grid.days.map((day) => {
              const change = day.changes[0];
              const noon = (day.range[0] + day.range[1]) / 2;
              return (
                <th
                  key={day.day}
                  scope="col"
                  className={classes.dayHeader}
                  data-change={change ? '' : undefined}
                  data-day={day.day}
                >
                  {single ? formatLongDay(day.day, locale) : formatDayHeader(day.day, locale)}
                  <Text span size="xs" c={change ? undefined : 'dimmed'} display="block" fw={400}>
                    {change ? (
                      <>
                        <IconClockExclamation size={12} aria-hidden />{' '}
                        {t(clockChangeMinutes(change) > 0 ? 'grid.changeForward' : 'grid.changeBack', {
                          from: zoneName(change.at - 1000, grid.timeZone, locale),
                          to: zoneName(change.at, grid.timeZone, locale),
                          hours: day.hours,
                        })}
                      </>
                    ) : (
                      <span className={classes.zone}>{zoneName(noon, grid.timeZone, locale)}</span>
                    )}
                  </Text>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row, r) => (
            <tr key={row.key}>
              <th scope="row" className={classes.rowHeader}>
                {formatWallClock(row.wall, locale)}
                {row.repeat && (
                  <Text span size="xs" display="block" c="dimmed">
                    {t('grid.secondTime')}
                  </Text>
                )}
              </th>
              {grid.days.map((day, c) => {
                const cell = cells[r]?.[c];
                if (!cell) return null;
                const isHeld = cell.start !== null && cell.start === held;
                const focused = clampedFocus?.row === r && clampedFocus.col === c;
                return (
                  <Cell
                    key={day.day}
                    id={cellId(grid, r, c)}
                    state={isHeld ? 'held' : cell.state}
                    text={isHeld ? t('grid.yours') : cell.text}
                    own={cell.own}
                    label={isHeld ? `${cell.label}. ${t('grid.heldByYou')}` : cell.label}
                    tabIndex={focused ? 0 : -1}
                    disabled={disabled}
                    start={cell.start}
                    row={r}
                    col={c}
                    onActivate={onActivate}
                    onFocusCell={onFocusCell}
                    onKey={onKey}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function cellId(grid: SlotGridModel, row: number, col: number): string {
  return `slot-${grid.days[0]?.day ?? ''}-${row}-${col}`;
}
