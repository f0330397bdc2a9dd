import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconBan, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EdenStatus } from '@/api/eden/orders';
import { useEdenOrder } from '@/api/eden/queries';
import { isTransient, VendorError } from '@/api/errors';
import { ErrorAlert } from '@/components/ErrorAlert';
import { RetryNotice } from '@/components/RetryNotice';
import { useDocumentTitle } from '@/components/use-document-title';
import { CancelOrderModal } from './components/CancelOrderModal';
import { EditOrderForm } from './components/EditOrderForm';
import { OrderDetails } from './components/OrderDetails';
import { PageSkeleton } from './components/PageSkeleton';

/** States in which Eden still lets the front desk change or cancel an order. */
const changeable: readonly EdenStatus[] = ['NEW', 'PATIENT_ARRIVED', 'IN_PROCESS'];

export default function OrderDetailPage() {
  const { t } = useTranslation('orders');
  const { orderId = '' } = useParams();
  const order = useEdenOrder(orderId);
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const missing = order.error instanceof VendorError && order.error.status === 404;
  useDocumentTitle(
    order.data
      ? t('detailTitle', { folio: order.data.folio })
      : missing
        ? t('orderNotFound.title')
        : t('nav.orders'),
  );

  const back = (
    <Anchor component={Link} to="/orders" size="sm">
      <Group gap={4}>
        <IconArrowBackUp size={16} aria-hidden />
        {t('backToWorklist')}
      </Group>
    </Anchor>
  );

  if (order.isPending)
    return (
      <Stack>
        <RetryNotice failureCount={order.failureCount} error={order.failureReason} />
        <PageSkeleton />
      </Stack>
    );
  if (order.isError) {
    if (missing) {
      return (
        <Stack align="flex-start" data-testid="order-not-found">
          <Title order={1}>{t('orderNotFound.title')}</Title>
          <Text>{t('orderNotFound.body', { id: orderId })}</Text>
          <Button component={Link} to="/orders" leftSection={<IconArrowBackUp size={16} aria-hidden />}>
            {t('backToWorklist')}
          </Button>
        </Stack>
      );
    }
    return (
      <Stack>
        <Title order={1}>{t('loadFailed')}</Title>
        <ErrorAlert
          error={order.error}
          onRetry={isTransient(order.error) ? () => void order.refetch() : undefined}
        />
        {back}
      </Stack>
    );
  }
  const data = order.data;
  const canChange = changeable.includes(data.status);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{t('detailTitle', { folio: data.folio })}</Title>
          {back}
        </Stack>
        {!editing && (
          <Group>
            <Button
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
              disabled={!canChange}
              data-testid="edit-order"
            >
              {t('edit')}
            </Button>
            <Button
              color="red.9"
              variant="filled"
              leftSection={<IconBan size={16} aria-hidden />}
              onClick={() => setCancelling(true)}
              disabled={!canChange}
              data-testid="cancel-order"
            >
              {t('cancelOrder')}
            </Button>
          </Group>
        )}
      </Group>
      {!canChange && <Alert color="gray">{t('readOnly')}</Alert>}
      {editing ? (
        <EditOrderForm
          order={data}
          onDone={(saved) => {
            setEditing(false);
            if (saved) notifications.show({ color: 'teal', message: t('updated', { folio: saved.folio }) });
          }}
        />
      ) : (
        <OrderDetails order={data} />
      )}
      <CancelOrderModal
        order={data}
        opened={cancelling}
        onClose={() => setCancelling(false)}
        onCancelled={(cancelled) => {
          setCancelling(false);
          notifications.show({ color: 'teal', message: t('cancelled', { folio: cancelled.folio }) });
        }}
      />
    </Stack>
  );
}
