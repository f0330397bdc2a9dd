import { Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { memo, useCallback, useDeferredValue, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { vendorNames } from '@/api/errors';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { UrlViewPatch } from '@/components/use-url-view';
import { toCsv } from '@/lib/orders/csv';
import { PageSkeleton } from '../components/PageSkeleton';
import { AllOrdersCards } from './AllOrdersCards';
import { AllOrdersTable } from './AllOrdersTable';
import { type AllOrdersView, allOrdersCsvRows, applyAllOrdersView, type SortKey } from './all-orders-model';
import { useAllOrders, type VendorRows } from './use-all-orders';

/** The lists joined, as one array that stays the same while every list does (react-query keeps each answer). */
function useConcatenated<T>(lists: readonly (readonly T[] | undefined)[]): T[] {
  const previous = useRef<{ lists: readonly (readonly T[] | undefined)[]; joined: T[] }>(null);
  const same =
    previous.current !== null &&
    previous.current.lists.length === lists.length &&
    previous.current.lists.every((list, index) => list === lists[index]);
  if (!same || !previous.current) previous.current = { lists, joined: lists.flatMap((list) => list ?? []) };
  return previous.current.joined;
}

interface Props {
  view: AllOrdersView;
  /** Below Mantine's `md`: stacked cards instead of the table. */
  narrow: boolean;
  onView: (patch: UrlViewPatch<AllOrdersView>) => void;
}

/**
 * What the vendors answer for the view's window: each vendor's failure, the count, the CSV export, and the
 * cards or the table. Its own chunk (with the vendors' service layer behind it), loaded once the page's
 * header, filters and notices have painted.
 *
 * A vendor's answer arrives as an urgent update (react-query's store), which React renders in one
 * uninterruptible task. That render is only this component: it hands the answers on deferred, and the body
 * (failures, count, sort, cards or table) is drawn from them in a deferred render, which React slices and
 * interrupts for input. The rows and "still loading" move together, so the list never shows "no orders"
 * between the last answer and its rows.
 */
export default function AllOrdersResults({ view, narrow, onView }: Props) {
  const vendors = useAllOrders(view.from, view.to);
  return <ResultsBody vendors={useDeferredValue(vendors)} view={view} narrow={narrow} onView={onView} />;
}

const ResultsBody = memo(function ResultsBody({
  vendors,
  view,
  narrow,
  onView,
}: Props & { vendors: VendorRows[] }) {
  const { t } = useTranslation('orders');
  const loaded = useConcatenated(vendors.map(({ query }) => query.data));
  const anyPending = vendors.some(({ query }) => query.isPending && query.fetchStatus !== 'idle');
  const rows = useMemo(() => applyAllOrdersView(loaded, view), [loaded, view]);

  const exportCsv = () => {
    const header = [
      t('all.columns.vendor'),
      t('all.columns.reference'),
      t('all.columns.patient'),
      t('all.columns.patientId'),
      t('all.columns.what'),
      t('all.columns.status'),
      t('all.columns.vendorStatus'),
      t('all.columns.date'),
      t('all.columns.priority'),
    ];
    const text = toCsv(
      allOrdersCsvRows(
        rows,
        header,
        (v) => vendorNames[v],
        (s) => t(`all.statuses.${s}`),
      ),
    );
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `orders-${view.from}-${view.to}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const onSort = useCallback(
    (sort: SortKey) =>
      onView((current) =>
        current.sort === sort
          ? { dir: current.dir === 'asc' ? 'desc' : 'asc' }
          : { sort, dir: sort === 'date' ? 'desc' : 'asc' },
      ),
    [onView],
  );

  return (
    <>
      {vendors.map(({ vendor, query }) =>
        query.isError ? (
          <div key={vendor} data-testid={`vendor-error-${vendor}`}>
            <ErrorAlert
              error={query.error}
              title={t('all.vendorFailed', { vendor: vendorNames[vendor] })}
              onRetry={() => void query.refetch()}
            />
          </div>
        ) : null,
      )}

      {anyPending && loaded.length === 0 ? (
        <PageSkeleton />
      ) : (
        <Stack gap="xs">
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="all-orders-count">
              {t('common.results', { count: rows.length })}
              {anyPending ? ` · ${t('all.stillLoading')}` : ''}
            </Text>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={exportCsv}
              disabled={rows.length === 0}
              data-testid="export-csv"
            >
              {t('all.export')}
            </Button>
          </Group>
          {rows.length === 0 ? (
            <Text>{t('empty')}</Text>
          ) : narrow ? (
            <AllOrdersCards rows={rows} view={view} onView={onView} />
          ) : (
            <AllOrdersTable rows={rows} view={view} onSort={onSort} />
          )}
        </Stack>
      )}
    </>
  );
});
