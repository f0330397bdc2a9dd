import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EdenStatus } from '@/api/eden/orders';

const colors: Record<EdenStatus, string> = {
  NEW: 'blue.9',
  PATIENT_ARRIVED: 'cyan.9',
  IN_PROCESS: 'violet.9',
  COMPLETED: 'teal.9',
  READING_PENDING: 'grape.9',
  SIGNED: 'indigo.9',
  ADDENDUM_SIGNED: 'indigo.9',
  CANCELLED: 'gray.8',
};

export function StatusBadge({ status }: { status: EdenStatus }) {
  const { t } = useTranslation('orders');
  return (
    // Filled, shade 9, white text: every status passes WCAG AA contrast in both colour schemes.
    // Never shrunk or cut ("PATIENT AR…"): a table column may not squeeze it below its text.
    <Badge
      color={colors[status]}
      variant="filled"
      autoContrast
      styles={{ root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } }}
    >
      {t(`statuses.${status}`)}
    </Badge>
  );
}
