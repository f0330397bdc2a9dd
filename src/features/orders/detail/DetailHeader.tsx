import { Anchor, Badge, Group, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from './detail.module.css';

/** The title of a vendor's order page, the vendor's name, and the way back to the worklist. */
export function DetailHeader({
  title,
  vendor,
  actions,
}: {
  title: string;
  vendor: string;
  actions?: ReactNode;
}) {
  const { t } = useTranslation('orders');
  return (
    <Group justify="space-between" align="flex-start">
      <Group gap="sm">
        <Title order={1}>{title}</Title>
        <Badge variant="default" tt="none">
          {vendor}
        </Badge>
      </Group>
      <Group gap="sm">
        {actions}
        <Anchor component={Link} to="/orders" size="sm">
          <Group gap={4}>
            <IconArrowBackUp size={16} aria-hidden />
            {t('backToWorklist')}
          </Group>
        </Anchor>
      </Group>
    </Group>
  );
}

/** One property of an order, as a row of a description list (stacked on a phone). */
export function PropertyRows({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className={classes.properties}>
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
