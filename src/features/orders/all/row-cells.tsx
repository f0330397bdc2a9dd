import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInstant, formatLocalDate } from '@/lib/format/locale-format';
import type { ConsoleStatus } from '@/lib/orders/console-status';
import type { WorklistRow } from './all-orders-model';

/** What the all-orders table and its narrow-screen cards show the same way: date, status, priority. */

const statusColors: Record<ConsoleStatus, string> = {
  requested: 'blue.9',
  'in-progress': 'violet.9',
  reporting: 'grape.9',
  completed: 'teal.9',
  cancelled: 'gray.8',
  unknown: 'dark.6',
};

/** How a row's date is written: a day, a day and a wall time, or an instant in the user's zone. */
export function useRowDate() {
  const { i18n } = useTranslation();
  return (date: string): string => {
    if (!date) return '—';
    if (date.length === 10) return formatLocalDate(date, i18n.language);
    if (date.length === 16) return `${formatLocalDate(date.slice(0, 10), i18n.language)} ${date.slice(11)}`;
    return formatInstant(date, i18n.language);
  };
}

/** The console status, filled (shade 9, white text: AA contrast in both schemes, never cut). */
export function ConsoleStatusBadge({ status }: { status: ConsoleStatus }) {
  const { t } = useTranslation('orders');
  return (
    <Badge
      variant="filled"
      color={statusColors[status]}
      autoContrast
      size="sm"
      styles={{ root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } }}
    >
      {t(`all.statuses.${status}`)}
    </Badge>
  );
}

/**
 * The vendor's own status, as it sent it; PostDICOM has none, so its image count (what the console status
 * is read from) is shown instead, in the user's language.
 */
export function VendorStatusText({ row }: { row: WorklistRow }) {
  const { t } = useTranslation('orders');
  const text = row.images !== undefined ? t('all.images', { count: row.images }) : row.vendorStatus;
  if (!text) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="vendor-status">
      {text}
    </Text>
  );
}

export function usePriorityText() {
  const { t } = useTranslation('orders');
  return (priority: string): string => (priority ? t(`priorities.${priority as 'NORMAL'}`, priority) : '—');
}
