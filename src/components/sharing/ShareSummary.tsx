import { List, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '@/lib/format/locale-format';
import { identifySubject, type ShareSubject } from './de-identify';
import { daysBetween, formatRelativeDays } from './share-expiry';

export interface ShareSummaryProps {
  /** "2 studies", "Folder Urgencias"… */
  what: string;
  /** The studies in it, when known: shown in full so the user can check they are the right ones. */
  subjects?: readonly ShareSubject[];
  withWhom: readonly string[];
  passwordTo?: string | null;
  expiresOn: string | null;
  today: string;
  timeZone: string;
  permissions: readonly string[];
  extra?: ReactNode;
}

/** The confirmation step: what will be shared, with whom, until when, with which permissions. */
export function ShareSummary({
  what,
  subjects = [],
  withWhom,
  passwordTo,
  expiresOn,
  today,
  timeZone,
  permissions,
  extra,
}: ShareSummaryProps) {
  const { t, i18n } = useTranslation('sharing');
  const locale = i18n.language;
  const rows: [string, ReactNode][] = [
    [
      t('confirm.what'),
      <Stack gap={2} key="what">
        <Text size="sm" fw={600}>
          {what}
        </Text>
        {subjects.length > 0 && (
          <List size="sm" spacing={2}>
            {subjects.map((subject, index) => {
              const shown = identifySubject(subject);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders while shown
                <List.Item key={index}>
                  {shown.patient} — {shown.study}
                </List.Item>
              );
            })}
          </List>
        )}
      </Stack>,
    ],
    [
      t('confirm.withWhom'),
      <List size="sm" spacing={2} key="who" data-testid="confirm-recipients">
        {withWhom.map((who) => (
          <List.Item key={who}>{who}</List.Item>
        ))}
      </List>,
    ],
    ...(passwordTo ? [[t('confirm.passwordTo'), passwordTo] as [string, ReactNode]] : []),
    [
      t('confirm.until'),
      expiresOn
        ? t('expiry.summary', {
            date: formatLocalDate(expiresOn, locale),
            relative: formatRelativeDays(daysBetween(today, expiresOn), locale),
            zone: timeZone,
          })
        : t('expiry.noneSummary'),
    ],
    [t('confirm.permissions'), permissions.join(' · ')],
  ];
  return (
    <Stack gap="sm" data-testid="share-confirmation">
      <Text size="sm">{t('confirm.intro')}</Text>
      <Table variant="vertical" withTableBorder layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={{ base: 110, sm: 160 }}>{label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {extra}
    </Stack>
  );
}
