import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EdenStatus } from '@/api/eden/order-schemas';

const colors: Record<EdenStatus, string> = {
  NEW: 'blue.9',
  PATIENT_ARRIVED: 'cyan.9',
  IN_PROCESS: 'violet.9',
  COMPLETED: 'teal.9',
  READING_PENDING: 'orange.9',
  SIGNED: 'green.9',
  ADDENDUM_SIGNED: 'green.9',
  CANCELLED: 'gray.8',
};

export function StatusBadge({ status }: { status: EdenStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="outline">
      {t(`orders.statuses.${status}`)}
    </Badge>
  );
}
