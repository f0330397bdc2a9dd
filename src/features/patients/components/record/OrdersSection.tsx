import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { vendorNames } from '@/api/errors';
import type { PatientOrder } from '@/api/people/record';
import { usePatientOrders } from '@/api/people/record-queries';
import { formatLocalDate } from '@/lib/format/locale-format';
import type { IdentitySource, PatientIdentity } from '@/lib/patients/patient-key';
import { SourceState } from './SourceState';

/** Where an order opens in the Orders area: `/orders/<vendor>/<id>`. */
export function orderHref(vendor: IdentitySource, id: string): string {
  return `/orders/${vendor}/${encodeURIComponent(id)}`;
}

function OrdersTable({ orders }: { orders: PatientOrder[] }) {
  const { t, i18n } = useTranslation('patients');
  if (orders.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('record.orders.none')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table fz="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('record.orders.date')}</Table.Th>
            <Table.Th>{t('record.orders.what')}</Table.Th>
            <Table.Th>{t('record.orders.status')}</Table.Th>
            <Table.Th>{t('record.orders.open')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.map((order) => (
            <Table.Tr key={`${order.vendor}:${order.id}`} data-testid="patient-order">
              <Table.Td>{order.date ? formatLocalDate(order.date, i18n.language) : '—'}</Table.Td>
              <Table.Td>
                <Group gap={6}>
                  {order.modalities.map((m) => (
                    <Badge key={m} size="xs" variant="light" color="indigo">
                      {m}
                    </Badge>
                  ))}
                  <Text size="sm" span>
                    {order.lines
                      ? t('record.orders.lines', { kits: order.lines.kits, items: order.lines.items })
                      : (order.what ?? '')}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>{order.status ?? '—'}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={orderHref(order.vendor, order.id)} size="sm">
                  {order.accession ?? t('record.orders.openOrder')}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Orders across vendors, as links into Orders: one block per vendor, each loading and failing alone. */
export function OrdersSection({ identities }: { identities: PatientIdentity[] }) {
  const { t } = useTranslation('patients');
  const sources = usePatientOrders(identities);
  return (
    <Stack component="section" aria-labelledby="orders-title" gap="sm" data-testid="section-orders">
      <Title order={2} size="h3" id="orders-title">
        {t('record.orders.title')}
      </Title>
      {sources.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('record.orders.noSource')}
        </Text>
      )}
      {sources.map(({ source, query }) => (
        <Stack key={source} gap={4} data-testid={`orders-${source}`}>
          <Title order={3} size="h5">
            {vendorNames[source]}
          </Title>
          <SourceState source={source} query={query}>
            {(orders) => <OrdersTable orders={orders} />}
          </SourceState>
        </Stack>
      ))}
    </Stack>
  );
}
