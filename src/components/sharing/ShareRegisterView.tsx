import { Badge, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant, formatLocalDate } from '@/lib/format/locale-format';
import { CopyLink } from './CopyLink';
import { deIdentifySubject, identifySubject } from './de-identify';
import { SharingStrings } from './SharingStrings';
import { formatRelativeDays, type ShareExpiryState, shareExpiryStatus } from './share-expiry';
import type { ShareRecipient, ShareRecord } from './share-register';
import { useShareRecords } from './use-share-register';
import { useToday } from './use-today';

type Filter = 'all' | 'attention' | 'active';

const badgeColor: Record<ShareExpiryState, string> = {
  expired: 'red.9',
  soon: 'orange.9',
  active: 'teal.9',
  none: 'gray.7',
};

/**
 * The share register: every share made in this session, newest first. Patients and studies are shown
 * de-identified until the user reveals one share; expired shares and shares about to expire stand out (a
 * badge that says so, and a coloured edge); each link can be copied again.
 */
export function ShareRegisterView({ headingOrder = 2 }: { headingOrder?: 2 | 3 }) {
  return (
    <SharingStrings fallback={null}>
      <ShareRegisterBody headingOrder={headingOrder} />
    </SharingStrings>
  );
}

function ShareRegisterBody({ headingOrder }: { headingOrder: 2 | 3 }) {
  const { t } = useTranslation('sharing');
  const records = useShareRecords();
  const { today, timeZone } = useToday();
  const [filter, setFilter] = useState<Filter>('all');
  const states = records.map((record) => shareExpiryStatus(record.expiresOn, today));
  const attention = states.filter((s) => s.state === 'expired' || s.state === 'soon').length;
  const shown = records
    .map((record, index) => ({ record, status: states[index] ?? shareExpiryStatus(null, today) }))
    .filter(({ status }) =>
      filter === 'all'
        ? true
        : filter === 'attention'
          ? status.state === 'expired' || status.state === 'soon'
          : status.state === 'active' || status.state === 'none',
    );

  return (
    <Stack gap="sm" data-testid="share-register">
      <Group justify="space-between" align="flex-end" gap="xs">
        <Stack gap={2}>
          <Title order={headingOrder} size="h3">
            {t('register.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('register.hint')}
          </Text>
        </Stack>
        {records.length > 0 && (
          <SegmentedControl
            size="xs"
            value={filter}
            onChange={(value) => setFilter(value as Filter)}
            aria-label={t('register.filter')}
            data={[
              { value: 'all', label: t('register.filters.all', { count: records.length }) },
              { value: 'attention', label: t('register.filters.attention', { count: attention }) },
              { value: 'active', label: t('register.filters.active') },
            ]}
          />
        )}
      </Group>
      {records.length === 0 ? (
        <Paper withBorder p="md">
          <Text size="sm">{t('register.empty')}</Text>
        </Paper>
      ) : shown.length === 0 ? (
        <Text size="sm">{t('register.noneInFilter')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('register.title')}
        >
          {shown.map(({ record, status }) => (
            <ShareRecordCard
              key={record.id}
              record={record}
              state={status.state}
              daysLeft={status.daysLeft}
              timeZone={timeZone}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function ShareRecordCard({
  record,
  state,
  daysLeft,
  timeZone,
}: {
  record: ShareRecord;
  state: ShareExpiryState;
  daysLeft: number | null;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation('sharing');
  const locale = i18n.language;
  const [revealed, setRevealed] = useState(false);
  const subjects = record.subjects.map((s) => (revealed ? identifySubject(s) : deIdentifySubject(s)));
  const highlighted = state === 'expired' || state === 'soon';
  const edge = state === 'expired' ? 'var(--mantine-color-red-9)' : 'var(--mantine-color-orange-9)';

  const recipient = (r: ShareRecipient) => {
    switch (r.kind) {
      case 'email':
        return r.label;
      case 'password-email':
        return t('register.passwordTo', { address: r.label });
      case 'link':
        return t('confirm.anyoneWithLink');
      case 'user':
        return t('register.user', { name: r.label });
      case 'group':
        return t('register.group', { name: r.label });
      case 'provider':
        return r.label ? t('register.providerNamed', { name: r.label }) : t('register.provider');
      case 'patient':
        return r.label ? t('register.patientNamed', { name: r.label }) : t('register.patient');
    }
  };

  const what =
    record.target.type === 'orders'
      ? t('orders.what', { count: record.target.ids.length })
      : record.target.type === 'folder'
        ? t('register.folder', { name: record.target.label ?? '' })
        : (record.target.label ?? '');
  const permissions = [
    record.permissions.upload ? t('permissions.upload') : t('permissions.view'),
    ...(record.permissions.download === null
      ? []
      : [record.permissions.download ? t('permissions.download') : t('permissions.noDownload')]),
    t(`register.password.${record.permissions.password}`),
  ];

  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      data-testid="share-record"
      data-state={state}
      data-kind={record.kind}
      style={highlighted ? { borderLeft: `6px solid ${edge}` } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <Text fw={700}>{t(`kinds.${record.kind}`)}</Text>
            <Text size="sm" c="dimmed">
              {t('register.sharedAt', { when: formatInstant(record.sharedAt, locale, timeZone) })}
            </Text>
          </Group>
          <Badge color={badgeColor[state]} variant="filled" data-testid="share-expiry-badge">
            {t(`register.states.${state}`)}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2, lg: 4 }} spacing="sm" verticalSpacing={6}>
          <Stack gap={2}>
            <Text size="xs" fw={700} tt="uppercase">
              {t('confirm.what')}
            </Text>
            <Text size="sm">{what}</Text>
            {subjects.map((s, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the subjects of a record never change
              <Text size="sm" key={index} data-testid="share-subject">
                {[s.patient, s.study].filter(Boolean).join(' — ')}
              </Text>
            ))}
            {record.subjects.length > 0 && (
              <Button
                size="compact-xs"
                variant="default"
                leftSection={
                  revealed ? <IconEyeOff size={14} aria-hidden /> : <IconEye size={14} aria-hidden />
                }
                onClick={() => setRevealed((v) => !v)}
                aria-pressed={revealed}
                w="fit-content"
              >
                {revealed ? t('register.hide') : t('register.reveal')}
              </Button>
            )}
          </Stack>
          <Stack gap={2}>
            <Text size="xs" fw={700} tt="uppercase">
              {t('confirm.withWhom')}
            </Text>
            {record.recipients.map((r) => (
              <Text size="sm" key={`${r.kind}:${r.label}`} style={{ overflowWrap: 'anywhere' }}>
                {recipient(r)}
              </Text>
            ))}
          </Stack>
          <Stack gap={2}>
            <Text size="xs" fw={700} tt="uppercase">
              {t('confirm.until')}
            </Text>
            <Text size="sm" data-testid="share-expiry">
              {record.expiresOn && daysLeft !== null
                ? t('register.expiry', {
                    date: formatLocalDate(record.expiresOn, locale),
                    relative: formatRelativeDays(daysLeft, locale),
                  })
                : t('register.noExpiry')}
            </Text>
            {record.expiresOn && (
              <Text size="xs" c="dimmed">
                {t('register.zone', { zone: timeZone })}
              </Text>
            )}
          </Stack>
          <Stack gap={2}>
            <Text size="xs" fw={700} tt="uppercase">
              {t('confirm.permissions')}
            </Text>
            <Text size="sm">{permissions.join(' · ')}</Text>
          </Stack>
        </SimpleGrid>
        {record.link && <CopyLink link={record.link} label={t('register.link')} />}
      </Stack>
    </Paper>
  );
}
