import { useWindowVirtualizer } from '@tanstack/react-virtual';
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
import { ResultRow } from './ResultRow';

/** Rows drawn beyond the visible ones, each side. */
const OVERSCAN = 6;
const ESTIMATED_ROW_PX = 76;

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
 */
export const ResultList = forwardRef<ResultListHandle, ResultListProps>(function ResultList(
  { rows, hrefOf, onOpen, onSplit, onJoin, onLeaveTop },
  ref,
) {
  const { t } = useTranslation('patients');
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

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey: (index) => rows[index]?.key ?? index,
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

  const onLinkKeyDown = (index: number) => (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusRow(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index === 0) onLeaveTop();
      else focusRow(index - 1);
    } else if (event.key === 'Home') {
      event.preventDefault();
      focusRow(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      focusRow(rows.length - 1);
    }
  };

  const toggle = (key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

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
              summary={summarizeGroup(group)}
              href={hrefOf(group)}
              expanded={expanded.has(group.key)}
              onToggle={() => toggle(group.key)}
              onSplit={() => onSplit(group)}
              onJoin={() => onJoin(group)}
              onOpen={() => onOpen(group)}
              onLinkKeyDown={onLinkKeyDown(item.index)}
            />
          </li>
        );
      })}
    </ul>
  );
});
