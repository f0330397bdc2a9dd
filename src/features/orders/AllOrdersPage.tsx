import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useCallback, useDeferredValue, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { vendorNames } from '@/api/errors';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useDocumentTitle } from '@/components/use-document-title';
import { useUrlView } from '@/components/use-url-view';
import { toCsv } from '@/lib/orders/csv';
import { AllOrdersCards } from './all/AllOrdersCards';
import { AllOrdersFilters } from './all/AllOrdersFilters';
import { AllOrdersTable } from './all/AllOrdersTable';
import {
  ALL_ORDERS_MAX_WINDOW_DAYS,
  allOrdersCsvRows,
  applyAllOrdersView,
  readAllOrdersView,
  type SortKey,
  writeAllOrdersView,
} from './all/all-orders-model';
import { useAllOrders } from './all/use-all-orders';
import { PageSkeleton } from './components/PageSkeleton';

/** Below this width the worklist is stacked cards instead of a table (Mantine's `md`, as the Eden worklist). */
const NARROW = '(max-width: 61.99em)';

const days = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

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

/** `/orders`: every vendor's orders in one table; the view (filters, sort) is in the URL. */
export default function AllOrdersPage() {
  const { t } = useTranslation('orders');
  useDocumentTitle(t('all.title'));
  // One view object per URL (the lists below are memoized on it); each change starts from the URL as it is now.
  const { view, update } = useUrlView(readAllOrdersView, writeAllOrdersView, { replace: true });
  const windowProblem =
    view.from > view.to
      ? 'validation.windowReversed'
      : days(view.from, view.to) > ALL_ORDERS_MAX_WINDOW_DAYS
        ? 'validation.windowTooLong'
        : null;
  const vendors = useAllOrders(windowProblem ? '' : view.from, windowProblem ? '' : view.to);
  const loaded = useConcatenated(vendors.map(({ query }) => query.data));
  const rows = useMemo(() => applyAllOrdersView(loaded, view), [loaded, view]);
  // Each vendor's answer re-sorts the rows; the cards or the table draw them in a transition (sliced,
  // yielding to input), while the count above them updates at once.
  const shownRows = useDeferredValue(rows);
  const narrow = useMediaQuery(NARROW, false, { getInitialValueInEffect: false });
  const anyPending = vendors.some(({ query }) => query.isPending && query.fetchStatus !== 'idle');

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
      update((current) =>
        current.sort === sort
          ? { dir: current.dir === 'asc' ? 'desc' : 'asc' }
          : { sort, dir: sort === 'date' ? 'desc' : 'asc' },
      ),
    [update],
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('all.title')}</Title>
        <Group gap="sm">
          <Anchor component={Link} to="/orders/eden" size="sm">
            {t('all.edenWorklist')}
          </Anchor>
          <Button component={Link} to="/orders/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('newOrder')}
          </Button>
        </Group>
      </Group>

      <AllOrdersFilters view={view} windowProblem={windowProblem} collapsible={narrow} onChange={update} />

      {vendors.map(({ vendor, notAsked }) =>
        notAsked && (view.vendors.length === 0 || view.vendors.includes(vendor)) ? (
          <Alert
            key={vendor}
            color="gray"
            variant="light"
            title={t('all.notAsked', { vendor: vendorNames[vendor] })}
            // Information, not a failure: announced politely, never as an alert.
            role="status"
            data-testid={`vendor-not-asked-${vendor}`}
          >
            <Text size="sm">{t('all.noScanSession')}</Text>
            <Anchor component={Link} to="/orders/new?vendor=scan" size="sm">
              {t('all.startScanSession')}
            </Anchor>
          </Alert>
        ) : null,
      )}

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

      {windowProblem ? null : anyPending && loaded.length === 0 ? (
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
            <AllOrdersCards rows={shownRows} view={view} onView={update} />
          ) : (
            <AllOrdersTable rows={shownRows} view={view} onSort={onSort} />
          )}
        </Stack>
      )}
    </Stack>
  );
}
