import { Badge, Text } from '@mantine/core';
import type { KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EdenOrder } from '@/api/eden/orders';
import { formatLocalDate, formatLocalTime } from '@/lib/format/locale-format';

/** Given names and surnames, as one name. */
export function patientName(order: EdenOrder): string {
  return [order.patient_name, order.patient_first_surname, order.patient_last_surname]
    .filter(Boolean)
    .join(' ');
}

/** Names may be in any script (Arabic, Hebrew…): isolated, so they never reorder the text around them. */
export function Name({ children, size = 'sm' }: { children: string; size?: 'xs' | 'sm' }) {
  return (
    <Text size={size} style={{ overflowWrap: 'anywhere' }}>
      <bdi>{children}</bdi>
    </Text>
  );
}

export function When({ order }: { order: EdenOrder }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {order.appointment_date ? formatLocalDate(order.appointment_date, lang) : '—'}
      </Text>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {order.appointment_time ? formatLocalTime(order.appointment_time, lang) : ''}
      </Text>
    </>
  );
}

export function PriorityBadge({ order }: { order: EdenOrder }) {
  const { t } = useTranslation('orders');
  if (order.priority && order.priority !== 'NORMAL') {
    return (
      <Badge
        color={order.priority === 'HIGHEST' ? 'red.9' : 'yellow.4'}
        autoContrast
        variant="filled"
        size="sm"
        styles={{ root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } }}
      >
        {t(`priorities.${order.priority}`)}
      </Badge>
    );
  }
  return <Text size="sm">{order.priority ? t(`priorities.${order.priority}`) : '—'}</Text>;
}

/**
 * A whole row (or card) opens its order by mouse, while its folio link stays the one link and focus
 * stop: Enter on it opens the order, ↑/↓ move to the previous or next order.
 */
export function useOpenOrder() {
  const navigate = useNavigate();
  return {
    /** `href`: the order's page (the same as its link's). */
    onClick(event: MouseEvent<HTMLElement>, href: string) {
      const target = event.target as HTMLElement;
      if (target.closest('a, button, input, select, textarea')) return; // the link itself, or a control
      if (window.getSelection()?.toString()) return; // selecting text to copy is not a click
      void navigate(href);
    },
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const links = [
        ...(event.currentTarget.parentElement?.querySelectorAll<HTMLAnchorElement>('[data-order-link]') ??
          []),
      ];
      const index = links.indexOf(document.activeElement as HTMLAnchorElement);
      const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)];
      if (index >= 0 && next) {
        event.preventDefault();
        next.focus();
      }
    },
  };
}
