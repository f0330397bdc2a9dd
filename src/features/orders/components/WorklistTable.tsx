import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EdenOrder } from '@/api/eden/orders';
import { Name, PriorityBadge, patientName, useOpenOrder, When } from './order-cells';
import { StatusBadge } from './StatusBadge';
import classes from './worklist.module.css';

/**
 * The worklist on wide screens: one row per order, the whole row opens it. A plain table styled here,
 * not Mantine's Table: that one always brings its ScrollArea, and with it floating-ui, onto the first route.
 */
export function WorklistTable({ orders }: { orders: EdenOrder[] }) {
  const { t } = useTranslation('orders');
  const open = useOpenOrder();
  const columns = ['when', 'folio', 'patient', 'modality', 'study', 'place', 'status', 'priority'] as const;
  return (
    <div className={classes.scroller}>
      <table className={classes.table} data-testid="worklist-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr
              key={order.id}
              className={classes.row}
              onClick={(event) => open.onClick(event, `/orders/${order.id}`)}
              onKeyDown={open.onKeyDown}
              data-testid="worklist-row"
            >
              <td>
                <When order={order} />
              </td>
              <td className={classes.nowrap}>
                <Anchor component={Link} to={`/orders/${order.id}`} size="sm" ff="monospace" data-order-link>
                  {order.folio}
                </Anchor>
              </td>
              <td className={classes.name}>
                <Name>{patientName(order)}</Name>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {order.patient_identifier ?? ''}
                </Text>
              </td>
              <td>{order.modality}</td>
              <td className={classes.name}>
                <Name>{order.study_name}</Name>
              </td>
              <td className={classes.nowrap}>
                <Text size="sm">{order.facility.identifier}</Text>
                <Text size="xs" c="dimmed">
                  {order.room?.ae_title ?? ''}
                </Text>
              </td>
              <td className={classes.nowrap}>
                <StatusBadge status={order.status} />
              </td>
              <td className={classes.nowrap}>
                <PriorityBadge order={order} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
