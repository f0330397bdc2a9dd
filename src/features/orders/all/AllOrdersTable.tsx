import { Anchor, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { vendorNames } from '@/api/errors';
import { layoutFreeMeasuring } from '@/components/virtual-list-layout';
import classes from '../components/worklist.module.css';
import type { AllOrdersView, SortKey, WorklistRow } from './all-orders-model';
import { ConsoleStatusBadge, usePriorityText, useRowDate, VendorStatusText } from './row-cells';

const ROW_HEIGHT = 56;

const columns: { key: SortKey | 'reference'; sortable: boolean }[] = [
  { key: 'date', sortable: true },
  { key: 'vendor', sortable: true },
  { key: 'reference', sortable: false },
  { key: 'patient', sortable: true },
  { key: 'what', sortable: true },
  { key: 'status', sortable: true },
  { key: 'priority', sortable: true },
];

interface Props {
  rows: WorklistRow[];
  view: AllOrdersView;
  onSort: (sort: SortKey) => void;
}

/**
 * Every vendor's orders in one table, virtualized (@tanstack/react-virtual): only the rows in view are in
 * the DOM, with spacer rows above and below, so thousands of orders scroll smoothly. The scroll box is
 * focusable (keyboard scrolling) and named.
 */
export const AllOrdersTable = memo(function AllOrdersTable({ rows, view, onSort }: Props) {
  const { t } = useTranslation('orders');
  const scroller = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // The scroll box's height as set below (65vh): the first render draws the rows in view (see the cards).
    initialRect: { width: 0, height: window.innerHeight * 0.65 },
    // Sizes from the ResizeObserver, never read during the commit (components/virtual-list-layout.ts).
    ...layoutFreeMeasuring,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const sortLabel = (key: SortKey) => t(`all.columns.${key}`);

  return (
    <section
      ref={scroller}
      className={classes.scroller}
      style={{ maxHeight: '65vh', overflowY: 'auto' }}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      aria-label={t('all.tableLabel')}
      data-testid="all-orders-scroller"
    >
      <table className={classes.table} data-testid="all-orders-table" aria-rowcount={rows.length + 1}>
        <thead style={{ position: 'sticky', top: 0, zIndex: 1, background: 'var(--mantine-color-body)' }}>
          <tr aria-rowindex={1}>
            {columns.map((column) => {
              const sorted = column.sortable && view.sort === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sorted ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {column.sortable ? (
                    <UnstyledButton
                      onClick={() => onSort(column.key as SortKey)}
                      fw={700}
                      fz="sm"
                      data-testid={`sort-${column.key}`}
                      aria-label={t('all.sortBy', { column: sortLabel(column.key as SortKey) })}
                    >
                      {t(`all.columns.${column.key}`)}
                      {sorted &&
                        (view.dir === 'asc' ? (
                          <IconArrowUp size={14} aria-hidden style={{ marginInlineStart: 4 }} />
                        ) : (
                          <IconArrowDown size={14} aria-hidden style={{ marginInlineStart: 4 }} />
                        ))}
                    </UnstyledButton>
                  ) : (
                    t(`all.columns.${column.key}`)
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden style={{ height: top }}>
              <td colSpan={columns.length} style={{ padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => (
            <AllOrdersTableRow
              key={(rows[item.index] as WorklistRow).key}
              row={rows[item.index] as WorklistRow}
              index={item.index}
            />
          ))}
          {bottom > 0 && (
            <tr aria-hidden style={{ height: bottom }}>
              <td colSpan={columns.length} style={{ padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
});

/** One order's row. Memoized: a new answer from another vendor redraws the table, not the rows on screen. */
const AllOrdersTableRow = memo(function AllOrdersTableRow({
  row,
  index,
}: {
  row: WorklistRow;
  index: number;
}) {
  const dateOf = useRowDate();
  const priorityOf = usePriorityText();
  return (
    <tr
      data-testid="all-orders-row"
      data-vendor={row.vendor}
      aria-rowindex={index + 2}
      style={{ height: ROW_HEIGHT }}
    >
      <td className={classes.nowrap}>{dateOf(row.date)}</td>
      <td className={classes.nowrap}>{vendorNames[row.vendor]}</td>
      <td className={classes.nowrap}>
        <Anchor component={Link} to={row.href} size="sm" ff="monospace">
          {row.reference}
        </Anchor>
      </td>
      <td className={classes.name}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <bdi>{row.patient || '—'}</bdi>
        </Text>
        <Text size="xs" c="dimmed">
          {row.patientId}
        </Text>
      </td>
      <td className={classes.name}>{row.what}</td>
      <td className={classes.nowrap}>
        <ConsoleStatusBadge status={row.status} />
        <VendorStatusText row={row} />
      </td>
      <td className={classes.nowrap}>{priorityOf(row.priority)}</td>
    </tr>
  );
});
