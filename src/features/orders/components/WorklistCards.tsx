import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EdenOrder } from '@/api/eden/orders';
import { Name, PriorityBadge, patientName, useOpenOrder, When } from './order-cells';
import { StatusBadge } from './StatusBadge';
import classes from './worklist.module.css';

/** The worklist on narrow screens: one stacked card per order, status and modality in view; the card opens it. */
export function WorklistCards({ orders }: { orders: EdenOrder[] }) {
  const { t } = useTranslation('orders');
  const open = useOpenOrder();
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="worklist-cards">
      {orders.map((order) => (
        <Paper
          component="li"
          key={order.id}
          withBorder
          p="sm"
          className={classes.card}
          onClick={(event) => open.onClick(event, `/orders/${order.id}`)}
          onKeyDown={open.onKeyDown}
          data-testid="worklist-card"
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Stack gap={0}>
              <When order={order} />
            </Stack>
            <Group gap={6} justify="flex-end">
              <StatusBadge status={order.status} />
              <PriorityBadge order={order} />
            </Group>
          </Group>
          <Stack gap={2} mt={6}>
            <Name>{patientName(order)}</Name>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {[order.patient_identifier, `${order.modality} · ${order.study_name}`]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/orders/${order.id}`} size="sm" ff="monospace" data-order-link>
                {order.folio}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('columns.place')}: {order.facility.identifier}
                {order.room ? ` · ${order.room.ae_title}` : ''}
              </Text>
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
