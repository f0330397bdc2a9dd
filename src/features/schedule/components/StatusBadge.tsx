import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SoloAppointmentStatus } from '@/api/solo/appointments';
import { statusColor, statusKey } from '../status-flow';

export function StatusBadge({ status }: { status: SoloAppointmentStatus }) {
  const { t } = useTranslation('schedule');
  return (
    <Badge color={statusColor(status)} variant="filled" tt="none" data-status={status}>
      {t(`status.${statusKey(status)}` as 'status.scheduled')}
    </Badge>
  );
}
