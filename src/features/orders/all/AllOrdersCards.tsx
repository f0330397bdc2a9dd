import { Anchor, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { vendorNames } from '@/api/errors';
import { layoutFreeMeasuring } from '@/components/virtual-list-layout';
import { useOpenOrder } from '../components/order-cells';
import classes from '../components/worklist.module.css';
import { type AllOrdersView, type SortKey, sortKeys, type WorklistRow } from './all-orders-model';
import { ConsoleStatusBadge, usePriorityText, useRowDate, VendorStatusText } from './row-cells';

/** A first guess of a card's height; each card is measured once drawn. */
const CARD_HEIGHT = 132;
const GAP = 8;

interface Props {
  rows: WorklistRow[];
  view: AllOrdersView;
  onView: (patch: Pick<Partial<AllOrdersView>, 'sort' | 'dir'>) => void;
}

/**
 * The all-orders worklist on narrow screens: one stacked card per order (vendor, patient, modality or kit,
 * console status with the vendor's own, date, priority), nothing wider than the screen. Virtualized like
 * the table (cards measured as drawn). The whole card opens its order; its reference link is the one
 * focus stop (Enter opens, ↑/↓ move to the previous or next card), as in the Eden worklist's cards. The
 * sort the table's headers give is a pair of selects here.
 */
export const AllOrdersCards = memo(function AllOrdersCards({ rows, view, onView }: Props) {
  const { t } = useTranslation('orders');
  const scroller = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_HEIGHT,
    gap: GAP,
    overscan: 6,
    // The scroll box's height as the CSS sets it (70vh): the first render already draws the cards in view,
    // in the deferred render that brings the rows, instead of none and then all of them in a synchronous
    // re-render once the box is measured.
    initialRect: { width: 0, height: window.innerHeight * 0.7 },
    // Sizes from the ResizeObserver, never read during the commit (components/virtual-list-layout.ts).
    ...layoutFreeMeasuring,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <Stack gap="xs">
      <Group gap="xs" grow align="flex-end">
        <NativeSelect
          label={t('all.sortOrder')}
          value={view.sort}
          onChange={(event) => onView({ sort: event.currentTarget.value as SortKey })}
          data={sortKeys.map((key) => ({ value: key, label: t(`all.columns.${key}`) }))}
          data-testid="cards-sort"
        />
        <NativeSelect
          aria-label={t('all.sortBy', { column: t(`all.columns.${view.sort}`) })}
          value={view.dir}
          onChange={(event) => onView({ dir: event.currentTarget.value as AllOrdersView['dir'] })}
          data={[
            { value: 'asc', label: t('all.ascending') },
            { value: 'desc', label: t('all.descending') },
          ]}
          data-testid="cards-dir"
        />
      </Group>
      <section
        ref={scroller}
        className={classes.cardScroller}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
        aria-label={t('all.cardsLabel')}
        data-testid="all-orders-scroller"
      >
        <ul
          className={classes.cardList}
          style={{ paddingTop: top, paddingBottom: bottom }}
          data-testid="all-orders-cards"
        >
          {items.map((item) => (
            <AllOrdersCard
              key={(rows[item.index] as WorklistRow).key}
              row={rows[item.index] as WorklistRow}
              index={item.index}
              count={rows.length}
              measure={virtualizer.measureElement}
            />
          ))}
        </ul>
      </section>
    </Stack>
  );
});

interface CardProps {
  row: WorklistRow;
  index: number;
  count: number;
  measure: (element: HTMLElement | null) => void;
}

/**
 * One order's card. Memoized: the virtualizer's measurements and a new answer from another vendor redraw
 * the list, not the cards already on screen.
 */
const AllOrdersCard = memo(function AllOrdersCard({ row, index, count, measure }: CardProps) {
  const { t } = useTranslation('orders');
  const dateOf = useRowDate();
  const priorityOf = usePriorityText();
  const open = useOpenOrder();
  return (
    <Paper
      component="li"
      ref={measure}
      data-index={index}
      aria-setsize={count}
      aria-posinset={index + 1}
      withBorder
      p="sm"
      mb={GAP}
      className={classes.card}
      onClick={(event) => open.onClick(event, row.href)}
      onKeyDown={open.onKeyDown}
      data-testid="all-orders-card"
      data-vendor={row.vendor}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            <bdi>{row.patient || '—'}</bdi>
          </Text>
          {row.patientId && (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {t('all.columns.patientId')}: {row.patientId}
            </Text>
          )}
        </Stack>
        <Stack gap={2} align="flex-end" style={{ textAlign: 'end', flexShrink: 0 }}>
          <ConsoleStatusBadge status={row.status} />
          <VendorStatusText row={row} />
        </Stack>
      </Group>
      <Stack gap={2} mt={6}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="card-what">
          {vendorNames[row.vendor]} · {t('all.columns.what')}: {row.what || '—'}
        </Text>
        <Text size="xs" c="dimmed">
          {t('all.columns.date')}: {dateOf(row.date)}
          {row.priority ? ` · ${t('all.columns.priority')}: ${priorityOf(row.priority)}` : ''}
        </Text>
        <Anchor
          component={Link}
          to={row.href}
          size="sm"
          ff="monospace"
          style={{ overflowWrap: 'anywhere', alignSelf: 'flex-start' }}
          data-order-link
        >
          {row.reference}
        </Anchor>
      </Stack>
    </Paper>
  );
});
