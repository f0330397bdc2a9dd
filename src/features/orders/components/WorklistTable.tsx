import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EdenOrder } from '@/api/eden/orders';
import { formatLocalDate, formatLocalTime } from '@/lib/format/locale-format';
import { StatusBadge } from './StatusBadge';

export function WorklistTable({ orders }: { orders: EdenOrder[] }) {
  const { t, i18n } = useTranslation('orders');
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="worklist-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.when')}</Table.Th>
            <Table.Th scope="col">{t('columns.folio')}</Table.Th>
            <Table.Th scope="col">{t('columns.patient')}</Table.Th>
            <Table.Th scope="col">{t('columns.modality')}</Table.Th>
            <Table.Th scope="col">{t('columns.study')}</Table.Th>
            <Table.Th scope="col">{t('columns.place')}</Table.Th>
            <Table.Th scope="col">{t('columns.status')}</Table.Th>
            <Table.Th scope="col">{t('columns.priority')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.map((order) => (
            <Table.Tr key={order.id}>
              <Table.Td>
                <Text size="sm">
                  {order.appointment_date ? formatLocalDate(order.appointment_date, lang) : '—'}
                </Text>
                <Text size="xs" c="dimmed">
                  {order.appointment_time ? formatLocalTime(order.appointment_time, lang) : ''}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/orders/${order.id}`} size="sm" ff="monospace">
                  {order.folio}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {[order.patient_name, order.patient_first_surname, order.patient_last_surname]
                    .filter(Boolean)
                    .join(' ')}
                </Text>
                <Text size="xs" c="dimmed">
                  {order.patient_identifier ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>{order.modality}</Table.Td>
              <Table.Td>
                <Text size="sm">{order.study_name}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{order.facility.identifier}</Text>
                <Text size="xs" c="dimmed">
                  {order.room?.ae_title ?? ''}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <StatusBadge status={order.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {order.priority && order.priority !== 'NORMAL' ? (
                  <Badge
                    color={order.priority === 'HIGHEST' ? 'red.9' : 'yellow.4'}
                    autoContrast
                    variant="filled"
                    size="sm"
                  >
                    {t(`priorities.${order.priority}`)}
                  </Badge>
                ) : (
                  <Text size="sm">{order.priority ? t(`priorities.${order.priority}`) : '—'}</Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
