import { measureElement, useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  forwardRef,
  type KeyboardEvent,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonGroup } from '@/api/people/grouping';
import { summarizeGroup } from '../result-view';
import { ResultRow, type RowActions } from './ResultRow';

/** Rows drawn beyond the visible ones, each side. */
const OVERSCAN = 6;
/**
 * What a row is taken to measure before it is drawn: at first what a row measures at desktop width (a
 * "possible" row has its hint line more), then what the last drawn row of the same kind measured (the
 * width, the fonts and the language decide). Each measurement that differs from the estimate moves every
 * row after it: the closer the estimate, the less work while scrolling.
 */
const INITIAL_ESTIMATES: Record<PersonGroup['kind'], number> = { single: 77, same: 77, possible: 94 };

export interface ResultListHandle {
  /** Focuses the link of row `index` (scrolling it into view first). */
  focusRow: (index: number) => void;
}

interface ResultListProps {
  rows: PersonGroup[];
  hrefOf: (group: PersonGroup) => string;
  onOpen: (group: PersonGroup) => void;
  onSplit: (group: PersonGroup) => void;
  onJoin: (group: PersonGroup) => void;
  /** ↑ from the first row: back to the search box. Esc anywhere in the list: back too. */
  onLeaveTop: () => void;
}

/**
 * The results, virtualized against the window's scroll (@tanstack/react-virtual): only the rows on screen
 * and a few beyond are in the DOM, whatever the count. Each row's height is measured (an open id table makes
 * it taller). ↑/↓ move from one row's link to the next, Enter opens (the link), Esc goes back to the box.
 *
 * Scrolling re-renders this list alone (the virtualizer's state), and of it only the rows that come into
 * view: a row is memoised, and everything it receives is stable (its group, its summary, its expanded state,
 * one set of actions shared by every row). The virtualizer's options are stable too: a new `getItemKey` at each
 * render would make it recompute the position of every one of the 10,000 rows at every frame.
 */
export const ResultList = forwardRef<ResultListHandle, ResultListProps>(function ResultList(
  { rows, hrefOf, onOpen, onSplit, onJoin, onLeaveTop },
  ref,
) {
  const { t, i18n } = useTranslation('patients');
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  useLayoutEffect(() => {
    const measure = () =>
      setScrollMargin((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    if (listRef.current?.parentElement) observer.observe(listRef.current.parentElement);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);

  const estimates = useRef({ ...INITIAL_ESTIMATES });
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const estimateSize = useCallback(
    (index: number) => estimates.current[rows[index]?.kind ?? 'single'],
    [rows],
  );
  const measureRow = useCallback(
    (
      element: HTMLLIElement,
      entry: ResizeObserverEntry | undefined,
      instance: Parameters<typeof measureElement<HTMLLIElement>>[2],
    ) => {
      const size = measureElement(element, entry, instance);
      const kind = rows[Number(element.dataset.index)]?.kind;
      // An open id table is not a typical row.
      if (kind && !element.querySelector('[data-testid="linked-identities"]')) estimates.current[kind] = size;
      return size;
    },
    [rows],
  );
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    measureElement: measureRow,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey,
  });

  const focusRow = useCallback(
    (index: number) => {
      if (index < 0 || index >= rows.length) return;
      virtualizer.scrollToIndex(index, { align: 'auto' });
      // The row may only be drawn after the scroll: try on the next frames until it is there.
      let tries = 0;
      const attempt = () => {
        const link = listRef.current?.querySelector<HTMLAnchorElement>(
          `li[data-index="${index}"] a[data-row-link]`,
        );
        if (link) link.focus();
        else if (tries++ < 10) requestAnimationFrame(attempt);
      };
      requestAnimationFrame(attempt);
    },
    [rows.length, virtualizer],
  );
  useImperativeHandle(ref, () => ({ focusRow }), [focusRow]);

  // One set of actions for every row, the same object at every render: each reads the latest props.
  const latest = useRef({ rows, hrefOf, onOpen, onSplit, onJoin, onLeaveTop, focusRow });
  latest.current = { rows, hrefOf, onOpen, onSplit, onJoin, onLeaveTop, focusRow };
  const [actions] = useState<RowActions>(() => ({
    hrefOf: (group) => latest.current.hrefOf(group),
    toggle: (group) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (next.has(group.key)) next.delete(group.key);
        else next.add(group.key);
        return next;
      }),
    open: (group) => latest.current.onOpen(group),
    split: (group) => latest.current.onSplit(group),
    join: (group) => latest.current.onJoin(group),
    linkKeyDown: (index: number, event: KeyboardEvent<HTMLAnchorElement>) => {
      const { focusRow: focus, onLeaveTop: leave, rows: all } = latest.current;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        focus(index + 1);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        if (index === 0) leave();
        else focus(index - 1);
      } else if (event.key === 'Home') {
        event.preventDefault();
        focus(0);
      } else if (event.key === 'End') {
        event.preventDefault();
        focus(all.length - 1);
      }
    },
  }));

  const items = virtualizer.getVirtualItems();
  return (
    <ul
      ref={listRef}
      aria-label={t('search.resultsLabel')}
      data-testid="patient-results"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onLeaveTop();
        }
      }}
      style={{
        position: 'relative',
        height: virtualizer.getTotalSize(),
        margin: 0,
        padding: 0,
        listStyle: 'none',
      }}
    >
      {items.map((item) => {
        const group = rows[item.index];
        if (!group) return null;
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-posinset={item.index + 1}
            aria-setsize={rows.length}
            data-testid="patient-result"
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${item.start - scrollMargin}px)`,
            }}
          >
            <ResultRow
              group={group}
              index={item.index}
              summary={summarizeGroup(group)}
              expanded={expanded.has(group.key)}
              actions={actions}
              t={t}
              locale={i18n.language}
            />
          </li>
        );
      })}
    </ul>
  );
});
