import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSoloAppointment } from '@/api/solo/appointment-queries';
import { soloDisplayName } from '@/api/solo/demographics';
import { ErrorAlert } from '@/components/ErrorAlert';
import { SoloVisitLinks } from '@/components/sharing';
import { userTimeZone } from '@/components/sharing/share-expiry';
import { formatInstant } from '@/lib/format/locale-format';
import { SharingPage } from './components/SharingPage';

type LookupBy = 'said' | 'external';

/** `/sharing/visits`: a Solo appointment's video-visit links, by SAID or by external id. */
export default function VisitsPage() {
  const { t } = useTranslation('sharing');
  const [by, setBy] = useState<LookupBy>('said');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [lookup, setLookup] = useState<{ by: LookupBy; value: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (!value) return setError(t('validation.required'));
    if (by === 'said' && !/^\d+$/.test(value)) return setError(t('validation.said'));
    setError(undefined);
    setLookup({ by, value });
  };

  return (
    <SharingPage section="visits">
      <Title order={2} size="h3">
        {t('visit.title')}
      </Title>
      <Paper withBorder p="sm" component="form" onSubmit={submit} aria-label={t('visit.lookupLabel')}>
        <Stack gap="xs">
          <SegmentedControl
            value={by}
            onChange={(value) => setBy(value as LookupBy)}
            aria-label={t('visit.lookupBy')}
            data={[
              { value: 'said', label: t('visit.bySaid') },
              { value: 'external', label: t('visit.byExternalId') },
            ]}
            w="fit-content"
          />
          <Group align="flex-start" gap="xs">
            <TextInput
              id="visit-lookup"
              label={by === 'said' ? t('visit.said') : t('visit.externalId')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              error={error}
              autoComplete="off"
              inputMode={by === 'said' ? 'numeric' : 'text'}
              style={{ flex: 1, minWidth: 220 }}
            />
            <Button type="submit" mt={25} leftSection={<IconSearch size={16} aria-hidden />}>
              {t('visit.find')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {lookup?.by === 'said' && <AppointmentBySaid id={Number(lookup.value)} />}
      {lookup?.by === 'external' && (
        <Paper withBorder p="sm">
          <SoloVisitLinks key={lookup.value} appointment={{ externalId: lookup.value }} />
        </Paper>
      )}
    </SharingPage>
  );
}

function AppointmentBySaid({ id }: { id: number }) {
  const { t, i18n } = useTranslation('sharing');
  const appointment = useSoloAppointment(id);
  if (appointment.isPending) return <Text size="sm">{t('common.loading')}</Text>;
  if (appointment.isError)
    return <ErrorAlert error={appointment.error} onRetry={() => void appointment.refetch()} />;
  const a = appointment.data;
  const patientName = soloDisplayName(a.patient.demographics);
  return (
    <Paper withBorder p="sm" data-testid="visit-details">
      <Stack gap="sm">
        <Stack gap={2}>
          <Text fw={700}>{t('visit.appointment', { id: a.id })}</Text>
          <Text size="sm">
            {formatInstant(new Date(a.date * 1000).toISOString(), i18n.language, userTimeZone())} ·{' '}
            {t('visit.status', { status: a.status })}
          </Text>
          {a.status === 'cancelled' && (
            <Alert color="orange" variant="light">
              {t('visit.cancelled')}
            </Alert>
          )}
        </Stack>
        <SoloVisitLinks
          key={a.id}
          appointment={{ id: a.id, externalId: a.externalId }}
          patient={{ patientName, patientId: a.patient.id }}
        />
      </Stack>
    </Paper>
  );
}
