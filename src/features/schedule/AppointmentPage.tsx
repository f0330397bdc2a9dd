import { Alert, Anchor, Button, Card, Grid, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconBan, IconCalendarRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useSoloAppointment } from '@/api/solo/appointment-queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LocationZoneControl } from '@/components/scheduling/LocationZoneControl';
import { ZonedTime } from '@/components/scheduling/ZonedTime';
import { useLocationZone } from '@/components/scheduling/zone-settings';
import { useDocumentTitle } from '@/components/use-document-title';
import { localDayOf } from '@/lib/scheduling/zones';
import { AssistanceSection } from './appointment/AssistanceSection';
import { AttachmentsSection } from './appointment/AttachmentsSection';
import { EpisodeSection } from './appointment/EpisodeSection';
import { ShareSection } from './appointment/ShareSection';
import { StatusFlow } from './appointment/StatusFlow';
import { useAppointmentRoom } from './appointment/use-appointment-room';
import { VisitNoteSection } from './appointment/VisitNoteSection';
import { CancelAppointmentModal } from './components/CancelAppointmentModal';
import { ScheduleNav } from './components/ScheduleNav';
import { StatusBadge } from './components/StatusBadge';
import { displayName } from './patient-ref';
import { canCancel, canReschedule } from './status-flow';

/** The platform moves a visit along (arrived, intake, exam…): the page asks again this often. */
export const APPOINTMENT_REFRESH_MS = 15_000;

/** One Solo appointment: when and where, its status along the flow, and everything done from it. */
export default function AppointmentPage() {
  const { t } = useTranslation('schedule');
  const { appointmentId = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const id = /^\d+$/.test(appointmentId) ? Number(appointmentId) : undefined;
  const appointment = useSoloAppointment(id, {
    queryConfig: { refetchInterval: APPOINTMENT_REFRESH_MS, refetchOnWindowFocus: true, staleTime: 0 },
  });
  const located = useAppointmentRoom(id ?? 0, appointment.data?.date, search.get('room'));
  const zone = useLocationZone(located.room ? { kind: 'solo-room', id: located.room } : undefined);
  const [cancelling, setCancelling] = useState(false);
  const name = displayName(appointment.data?.patient.demographics);
  useDocumentTitle(t('appointment.title', { id: appointmentId }));

  const back = (
    <Anchor
      component={Link}
      to={`/schedule/agenda${located.room ? `?room=${encodeURIComponent(located.room)}` : ''}`}
      size="sm"
    >
      <Group gap={4} component="span">
        <IconArrowBackUp size={16} aria-hidden />
        {t('appointment.back')}
      </Group>
    </Anchor>
  );

  if (id === undefined) {
    return (
      <Stack>
        <Title order={1}>{t('appointment.title', { id: appointmentId })}</Title>
        <Alert color="red">{t('appointment.badId')}</Alert>
        {back}
      </Stack>
    );
  }
  if (appointment.isPending) return <Skeleton height={320} />;
  if (appointment.isError) {
    return (
      <Stack>
        <Title order={1}>{t('appointment.title', { id })}</Title>
        <ErrorAlert error={appointment.error} onRetry={() => void appointment.refetch()} />
        {back}
      </Stack>
    );
  }
  const data = appointment.data;
  const start = data.date * 1000;
  const roomQuery = located.room ? `room=${encodeURIComponent(located.room)}&` : '';

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start">
          <Title order={1}>{t('appointment.title', { id })}</Title>
          <StatusBadge status={data.status} />
        </Group>
        <ScheduleNav />
        {back}
      </Stack>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder padding="md" component="section" aria-labelledby="appointment-when">
            <Stack gap="xs">
              <Title order={2} size="h4" id="appointment-when">
                {name ?? t('booking.unnamed')}
              </Title>
              <Text size="xs" c="dimmed">
                {t('appointment.patientLine', {
                  id: data.patient.id,
                  mrn: data.patient.demographics.mrn ?? t('common.none'),
                })}
              </Text>
              <div data-testid="appointment-time">
                <ZonedTime at={start} timeZone={zone.timeZone} withDay stacked size="md" />
              </div>
              <Text size="sm">
                {t('appointment.roomLine', {
                  room: located.room ?? t('appointment.roomUnknown'),
                  minutes: Math.round(data.duration / 60),
                })}
              </Text>
              {located.room && (
                <LocationZoneControl
                  location={{ kind: 'solo-room', id: located.room }}
                  name={located.room}
                  at={start}
                />
              )}
              <Text size="sm">
                {t('appointment.reasons')}: {data.reasons.join(', ') || t('common.none')}
              </Text>
              {data.externalId && (
                <Text size="xs" c="dimmed">
                  {t('appointment.externalId', { id: data.externalId })}
                </Text>
              )}
              {data.providers.length > 0 && (
                <Text size="sm">
                  {t('appointment.providers')}:{' '}
                  {data.providers.map((p) => `${p.firstName} ${p.lastName}`).join(', ')}
                </Text>
              )}
              <Group mt="xs">
                <Button
                  onClick={() =>
                    navigate(
                      `/schedule?${roomQuery}reschedule=${id}&day=${localDayOf(start, zone.timeZone)}&duration=${data.duration}`,
                    )
                  }
                  leftSection={<IconCalendarRepeat size={16} aria-hidden />}
                  disabled={!canReschedule(data.status) || !located.room}
                  data-testid="reschedule"
                >
                  {t('appointment.reschedule')}
                </Button>
                <Button
                  color="red.9"
                  leftSection={<IconBan size={16} aria-hidden />}
                  disabled={!canCancel(data.status)}
                  onClick={() => setCancelling(true)}
                  data-testid="cancel-appointment"
                >
                  {t('appointment.cancel')}
                </Button>
              </Group>
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder padding="md" component="section" aria-labelledby="appointment-status">
            <Title order={2} size="h4" id="appointment-status" mb="xs">
              {t('appointment.statusTitle')}
            </Title>
            <StatusFlow appointment={data} />
          </Card>
        </Grid.Col>
      </Grid>

      <Tabs defaultValue="attachments" keepMounted={false}>
        <Tabs.List aria-label={t('appointment.sections')}>
          <Tabs.Tab value="attachments">{t('appointment.tabs.attachments')}</Tabs.Tab>
          <Tabs.Tab value="note">{t('appointment.tabs.note')}</Tabs.Tab>
          <Tabs.Tab value="links">{t('appointment.tabs.links')}</Tabs.Tab>
          <Tabs.Tab value="episode">{t('appointment.tabs.episode')}</Tabs.Tab>
          <Tabs.Tab value="assistance">{t('appointment.tabs.assistance')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="attachments" pt="md">
          <AttachmentsSection appointmentId={id} timeZone={zone.timeZone} />
        </Tabs.Panel>
        <Tabs.Panel value="note" pt="md">
          <VisitNoteSection appointmentId={id} timeZone={zone.timeZone} />
        </Tabs.Panel>
        <Tabs.Panel value="links" pt="md">
          <ShareSection appointment={data} patientName={name ?? null} />
        </Tabs.Panel>
        <Tabs.Panel value="episode" pt="md">
          <EpisodeSection appointmentId={id} patientId={data.patient.id} />
        </Tabs.Panel>
        <Tabs.Panel value="assistance" pt="md">
          <AssistanceSection mrn={data.patient.demographics.mrn} timeZone={zone.timeZone} />
        </Tabs.Panel>
      </Tabs>

      <CancelAppointmentModal
        opened={cancelling}
        appointment={{ id, start, patientName: name }}
        timeZone={zone.timeZone}
        onClose={() => setCancelling(false)}
        onCancelled={() => {
          setCancelling(false);
          notifications.show({ color: 'teal', message: t('cancel.done', { id }) });
        }}
      />
    </Stack>
  );
}
