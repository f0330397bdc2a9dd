import { Button, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useEdenOrders } from '@/api/eden/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useDocumentTitle } from '@/components/use-document-title';
import { PageSkeleton } from './components/PageSkeleton';
import { WorklistFilters } from './components/WorklistFilters';
import { WorklistTable } from './components/WorklistTable';
import {
  readWorklistView,
  toListParams,
  WORKLIST_PAGE_SIZE,
  type WorklistView,
  writeWorklistView,
} from './worklist-params';

export default function OrderWorklistPage() {
  const { t } = useTranslation('orders');
  useDocumentTitle(t('worklistTitle'));
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readWorklistView(searchParams);
  const request = toListParams(view);
  const orders = useEdenOrders(request.ok ? request.params : { start_date: view.from }, {
    queryConfig: { enabled: request.ok },
  });
  const update = (patch: Partial<WorklistView>) => setSearchParams(writeWorklistView({ ...view, ...patch }));
  const pages = orders.data ? Math.max(1, Math.ceil(orders.data.count / WORKLIST_PAGE_SIZE)) : 1;

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
        view={view}
        errors={request.ok ? {} : request.errors}
        onChange={update}
        onClear={() => setSearchParams(new URLSearchParams())}
      />
      {!request.ok ? null : orders.isPending ? (
        <PageSkeleton />
      ) : orders.isError ? (
        <ErrorAlert error={orders.error} onRetry={() => void orders.refetch()} />
      ) : (
        <Stack gap="xs" aria-busy={orders.isFetching}>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="worklist-count">
            {t('common.results', { count: orders.data.count })}
          </Text>
          {orders.data.results.length === 0 ? (
            <Text>{t('empty')}</Text>
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
