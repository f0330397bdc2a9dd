import { Code, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EdenOrder } from '@/api/eden/orders';
import { formatInstant, formatLocalDate, formatLocalTime } from '@/lib/format/locale-format';
import { StatusBadge } from './StatusBadge';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {/* Names and free text may be in any script: isolated, they never reorder what is around them. */}
        {typeof children === 'string' ? <bdi>{children}</bdi> : children}
      </Text>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} m={0} spacing="sm">
        {children}
      </SimpleGrid>
    </Paper>
  );
}

/** What Eden returned for the order, every field, as text. */
export function OrderDetails({ order }: { order: EdenOrder }) {
  const { t, i18n } = useTranslation('orders');
  const lang = i18n.language;
  const none = t('notSet');
  const v = (value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? none : String(value);
  const sex = (value: string | null | undefined) =>
    value ? `${t(`sexes.${value as 'F'}`)} (${value})` : none;
  return (
    <Stack>
      <Section title={t('sections.patient')}>
        <Item label={t('fields.patient_identifier')}>{v(order.patient_identifier)}</Item>
        <Item label={t('fields.patient_name')}>{order.patient_name}</Item>
        <Item label={t('fields.patient_first_surname')}>{v(order.patient_first_surname)}</Item>
        <Item label={t('fields.patient_last_surname')}>{v(order.patient_last_surname)}</Item>
        <Item label={t('fields.patient_gender')}>{sex(order.patient_gender)}</Item>
        <Item label={t('fields.patient_birth_date')}>{formatLocalDate(order.patient_birth_date, lang)}</Item>
        <Item label={t('fields.patient_email')}>{v(order.patient_email)}</Item>
        <Item label={t('fields.patient_phone_number')}>
          {order.patient_phone_number
            ? `+${v(order.patient_phone_code)} ${order.patient_phone_number}`
            : none}
        </Item>
      </Section>
      <Section title={t('sections.study')}>
        <Item label={t('fields.folio')}>{order.folio}</Item>
        <Item label={t('fields.status')}>
          <StatusBadge status={order.status} />
        </Item>
        <Item label={t('fields.priority')}>{order.priority ? t(`priorities.${order.priority}`) : none}</Item>
        <Item label={t('fields.modality')}>{order.modality}</Item>
        <Item label={t('fields.study_code')}>{order.study_code}</Item>
        <Item label={t('fields.study_name')}>{order.study_name}</Item>
        <Item label={t('fields.description')}>{order.description}</Item>
        {order.cancel_reason && (
          <Item label={t('fields.cancel_reason')}>{t(`cancelReasons.${order.cancel_reason}`)}</Item>
        )}
      </Section>
      <Section title={t('sections.place')}>
        <Item
          label={t('fields.facility_identifier')}
        >{`${order.facility.name} (${order.facility.identifier})`}</Item>
        <Item label={t('fields.room_identifier')}>
          {order.room ? `${order.room.name} (${order.room.ae_title})` : none}
        </Item>
        <Item label={t('fields.room_name')}>{v(order.room_name)}</Item>
      </Section>
      <Section title={t('sections.physician')}>
        <Item label={t('fields.physician_identifier')}>{v(order.physician_identifier)}</Item>
        <Item label={t('fields.physician_name')}>
          {[order.physician_name, order.physician_first_surname, order.physician_last_surname]
            .filter(Boolean)
            .join(' ') || none}
        </Item>
        <Item label={t('fields.physician_gender')}>{sex(order.physician_gender)}</Item>
        <Item label={t('fields.physician_email')}>{v(order.physician_email)}</Item>
        <Item label={t('fields.physician_phone_number')}>
          {order.physician_phone_number
            ? `+${v(order.physician_phone_code)} ${order.physician_phone_number}`
            : none}
        </Item>
        <Item label={t('fields.practitioner_assigned_email')}>{v(order.practitioner_assigned_email)}</Item>
      </Section>
      <Section title={t('sections.appointment')}>
        <Item label={t('fields.appointment_date')}>
          {order.appointment_date ? formatLocalDate(order.appointment_date, lang) : none}
        </Item>
        <Item label={t('fields.appointment_time')}>
          {order.appointment_time ? formatLocalTime(order.appointment_time, lang) : none}
        </Item>
        <Item label={t('fields.appointment_duration')}>{v(order.appointment_duration)}</Item>
      </Section>
      <Section title={t('sections.extra')}>
        {Object.entries(order.extra_fields ?? {}).length === 0 ? (
          <Item label={t('sections.extra')}>{none}</Item>
        ) : (
          Object.entries(order.extra_fields ?? {}).map(([key, value]) => (
            <Item key={key} label={key}>
              {typeof value === 'string' ? value : <Code>{JSON.stringify(value)}</Code>}
            </Item>
          ))
        )}
      </Section>
      <Section title={t('sections.history')}>
        <Item label={t('fields.id')}>
          <Code>{order.id}</Code>
        </Item>
        <Item label={t('fields.created_at')}>{formatInstant(order.created_at, lang)}</Item>
        <Item label={t('fields.updated_at')}>{formatInstant(order.updated_at, lang)}</Item>
      </Section>
    </Stack>
  );
}
