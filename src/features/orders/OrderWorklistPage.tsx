import { Button, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEdenOrders } from '@/api/eden/queries';
import { isTransient } from '@/api/errors';
import { ErrorAlert } from '@/components/ErrorAlert';
import { RetryNotice } from '@/components/RetryNotice';
import { useDocumentTitle } from '@/components/use-document-title';
import { PageSkeleton } from './components/PageSkeleton';
import { WorklistCards } from './components/WorklistCards';
import { WorklistFilters } from './components/WorklistFilters';
import { WorklistTable } from './components/WorklistTable';
import { useWorklistView } from './use-worklist-view';
import { lastPage, toListParams } from './worklist-params';

/** Below this width the worklist is a list of stacked cards instead of a table (Mantine's `md`). */
const NARROW = '(max-width: 61.99em)';

export default function OrderWorklistPage() {
  const { t } = useTranslation('orders');
  useDocumentTitle(t('worklistTitle'));
  const { view, update, clear } = useWorklistView();
  const narrow = useMediaQuery(NARROW, false, { getInitialValueInEffect: false });
  const request = toListParams(view);
  const orders = useEdenOrders(request.ok ? request.params : { start_date: view.from }, {
    queryConfig: { enabled: request.ok },
  });
  const pages = orders.data ? lastPage(orders.data.count) : 1;
  // `?page=99` of 2 pages (an old link, fewer results since): go to the last page instead of "no orders".
  const pastEnd = Boolean(orders.data && !orders.isPlaceholderData && view.page > pages);
  // Results exist but none are on this page: past the end, or the empty page still shown while the
  // clamped one loads. Neither is "no orders match".
  const noRowsHere = Boolean(orders.data && orders.data.count > 0 && orders.data.results.length === 0);
  useEffect(() => {
    if (pastEnd) update({ page: pages }, { replace: true });
  }, [pastEnd, pages, update]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('worklistTitle')}</Title>
        <Button component={Link} to="/orders/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('newOrder')}
        </Button>
      </Group>
      <WorklistFilters
        key={view.patient}
        collapsible={narrow}
        view={view}
        errors={request.ok ? {} : request.errors}
        onChange={update}
        onClear={clear}
      />
      {request.ok && orders.isFetching && (
        <RetryNotice failureCount={orders.failureCount} error={orders.failureReason} />
      )}
      {!request.ok ? null : orders.isPending || pastEnd || noRowsHere ? (
        <PageSkeleton />
      ) : orders.isError ? (
        <ErrorAlert
          error={orders.error}
          onRetry={isTransient(orders.error) ? () => void orders.refetch() : undefined}
        />
      ) : (
        <Stack gap="xs" aria-busy={orders.isFetching}>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="worklist-count">
            {t('common.results', { count: orders.data.count })}
          </Text>
          {orders.data.results.length === 0 ? (
            <Text>{t('empty')}</Text>
          ) : narrow ? (
            <WorklistCards orders={orders.data.results} />
          ) : (
            <WorklistTable orders={orders.data.results} />
          )}
          {pages > 1 && (
            <Group justify="center">
              <Pagination
                total={pages}
                value={view.page}
                onChange={(page) => update({ page })}
                getItemProps={(page) => ({ 'aria-label': t('common.page', { page, pages }) })}
                getControlProps={(control) =>
                  control === 'previous'
                    ? { 'aria-label': t('common.previous') }
                    : control === 'next'
                      ? { 'aria-label': t('common.next') }
                      : {}
                }
              />
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
