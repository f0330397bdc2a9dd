import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  MultiSelect,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { SoloAgendaEntry } from '@/api/solo/appointment-agenda';
import { type SoloAppointmentStatus, soloAppointmentStatuses } from '@/api/solo/appointments';
import { useSoloAgenda } from '@/api/solo/booking-queries';
import { useSoloWaitingRooms } from '@/api/solo/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LocationZoneControl } from '@/components/scheduling/LocationZoneControl';
import { ZonedTime } from '@/components/scheduling/ZonedTime';
import { useLocationZone } from '@/components/scheduling/zone-settings';
import { useDocumentTitle } from '@/components/use-document-title';
import { isIsoDate } from '@/lib/mappings/datetime';
import { addDays } from '@/lib/scheduling/calendar';
import { formatLongDay, localDayOf, localDayRange } from '@/lib/scheduling/zones';
import { CancelAppointmentModal } from './components/CancelAppointmentModal';
import { ScheduleNav } from './components/ScheduleNav';
import { StatusBadge } from './components/StatusBadge';
import { canCancel, canReschedule, statusKey } from './status-flow';

/** The agenda refreshes this often: the platform moves visits along (arrived, in progress, completed…). */
export const AGENDA_REFRESH_MS = 30_000;

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A waiting room's appointments of one local day, with their statuses, filters and quick actions. */
export default function AgendaPage() {
  const { t, i18n } = useTranslation('schedule');
  const locale = i18n.language;
  useDocumentTitle(t('agenda.title'));
  const [search, setSearch] = useSearchParams();
  const rooms = useSoloWaitingRooms();
  const room = search.get('room') || rooms.data?.[0]?.name || null;
  const zone = useLocationZone(room ? { kind: 'solo-room', id: room } : undefined);
  const today = localDayOf(Date.now(), zone.timeZone);
  const requestedDay = search.get('day');
  const day = requestedDay && isIsoDate(requestedDay) ? requestedDay : today;
  const [start, end] = localDayRange(day, zone.timeZone);
  const agenda = useSoloAgenda(
    { from: utcDay(start), to: utcDay(end - 1) },
    { queryConfig: { refetchInterval: AGENDA_REFRESH_MS, refetchOnWindowFocus: true } },
  );
  const [statuses, setStatuses] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [cancelling, setCancelling] = useState<SoloAgendaEntry | null>(null);
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });

  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next);
  };

  const entries = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return (agenda.data ?? []).filter(
      (entry) =>
        entry.waitingRoom === room &&
        entry.start >= start &&
        entry.start < end &&
        (statuses.length === 0 || statuses.includes(entry.status)) &&
        (!needle ||
          entry.patientName.toLowerCase().includes(needle) ||
          entry.mrn.toLowerCase().includes(needle) ||
          String(entry.patientSpid).includes(needle) ||
          entry.reasons.some((reason) => reason.toLowerCase().includes(needle))),
    );
  }, [agenda.data, room, start, end, statuses, text]);

  const counts = useMemo(() => {
    const byStatus = new Map<SoloAppointmentStatus, number>();
    for (const entry of agenda.data ?? []) {
      if (entry.waitingRoom !== room || entry.start < start || entry.start >= end) continue;
      byStatus.set(entry.status, (byStatus.get(entry.status) ?? 0) + 1);
    }
    return byStatus;
  }, [agenda.data, room, start, end]);

  const statusLabel = (status: SoloAppointmentStatus) =>
    t(`status.${statusKey(status)}` as 'status.scheduled');
  const roomQuery = room ? `room=${encodeURIComponent(room)}` : '';
  const actions = (entry: SoloAgendaEntry) => (
    <Group gap={4} wrap="nowrap">
      <Button
        component={Link}
        to={`/schedule/appointments/${entry.id}?${roomQuery}`}
        size="compact-sm"
        variant="light"
        aria-label={t('agenda.openLabel', { id: entry.id })}
      >
        {t('agenda.open')}
      </Button>
      {canReschedule(entry.status) && (
        <Button
          component={Link}
          to={`/schedule?${roomQuery}&reschedule=${entry.id}&day=${localDayOf(entry.start, zone.timeZone)}&duration=${entry.duration}`}
          size="compact-sm"
          variant="default"
          aria-label={t('agenda.rescheduleLabel', { id: entry.id })}
        >
          {t('agenda.reschedule')}
        </Button>
      )}
      {canCancel(entry.status) && (
        <Button
          size="compact-sm"
          variant="default"
          color="red.9"
          onClick={() => setCancelling(entry)}
          aria-label={t('agenda.cancelLabel', { id: entry.id })}
          data-testid={`cancel-${entry.id}`}
        >
          {t('agenda.cancel')}
        </Button>
      )}
    </Group>
  );

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('agenda.title')}</Title>
        <ScheduleNav search={roomQuery ? `?${roomQuery}` : ''} />
      </Stack>
      {rooms.isError && <ErrorAlert error={rooms.error} onRetry={() => void rooms.refetch()} />}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('toolbar.room')}
          data={(rooms.data ?? []).map((r) => ({ value: r.name, label: r.name }))}
          value={room}
          onChange={(value) => value && set({ room: value })}
          allowDeselect={false}
          w={{ base: '100%', sm: 300 }}
          data-testid="room-select"
        />
        <Group gap={4}>
          <Button
            variant="default"
            onClick={() => set({ day: addDays(day, -1) })}
            aria-label={t('toolbar.previousDay')}
          >
            <IconChevronLeft size={16} aria-hidden />
          </Button>
          <Button variant="default" onClick={() => set({ day: null })}>
            {t('toolbar.today')}
          </Button>
          <Button
            variant="default"
            onClick={() => set({ day: addDays(day, 1) })}
            aria-label={t('toolbar.nextDay')}
          >
            <IconChevronRight size={16} aria-hidden />
          </Button>
        </Group>
        <Text fw={600} aria-live="polite" data-testid="agenda-day">
          {formatLongDay(day, locale)}
        </Text>
      </Group>
      {room && <LocationZoneControl location={{ kind: 'solo-room', id: room }} name={room} at={start} />}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <MultiSelect
          label={t('agenda.statusFilter')}
          placeholder={statuses.length ? undefined : t('agenda.allStatuses')}
          data={soloAppointmentStatuses.map((status) => ({
            value: status,
            label: `${statusLabel(status)} (${counts.get(status) ?? 0})`,
          }))}
          value={statuses}
          onChange={setStatuses}
          clearable
          w={{ base: '100%', sm: 340 }}
          data-testid="status-filter"
        />
        <TextInput
          label={t('agenda.search')}
          placeholder={t('agenda.searchHint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          w={{ base: '100%', sm: 260 }}
          data-testid="agenda-search"
        />
      </Group>
      {agenda.isError && <ErrorAlert error={agenda.error} onRetry={() => void agenda.refetch()} />}
      {agenda.isPending ? (
        <Skeleton height={240} />
      ) : entries.length === 0 ? (
        <Alert color="gray" variant="light" data-testid="agenda-empty">
          {t('agenda.empty')}
        </Alert>
      ) : wide ? (
        <Table
          striped
          highlightOnHover
          data-testid="agenda-table"
          aria-label={t('agenda.tableLabel', { room: room ?? '', day: formatLongDay(day, locale) })}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agenda.time')}</Table.Th>
              <Table.Th>{t('agenda.patient')}</Table.Th>
              <Table.Th>{t('agenda.reasons')}</Table.Th>
              <Table.Th>{t('agenda.status')}</Table.Th>
              <Table.Th>{t('agenda.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id} data-appointment={entry.id}>
                <Table.Td>
                  <ZonedTime at={entry.start} timeZone={zone.timeZone} stacked />
                  <Text size="xs" c="dimmed">
                    {t('agenda.minutes', { count: Math.round(entry.duration / 60) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {entry.patientName || t('booking.unnamed')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    SPID {entry.patientSpid} · {entry.mrn}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.reasons.join(', ') || t('common.none')}</Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={entry.status} />
                </Table.Td>
                <Table.Td>{actions(entry)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Stack gap="xs" data-testid="agenda-cards">
          {entries.map((entry) => (
            <Card key={entry.id} withBorder padding="sm" data-appointment={entry.id}>
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <ZonedTime at={entry.start} timeZone={zone.timeZone} stacked />
                  <StatusBadge status={entry.status} />
                </Group>
                <Text size="sm" fw={500}>
                  {entry.patientName || t('booking.unnamed')}{' '}
                  <Text span size="xs" c="dimmed">
                    SPID {entry.patientSpid}
                  </Text>
                </Text>
                <Text size="xs">{entry.reasons.join(', ')}</Text>
                {actions(entry)}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      <Text size="xs" c="dimmed">
        {t('agenda.refreshNote')}{' '}
        <Anchor
          component={Link}
          to={`/schedule${roomQuery ? `?${roomQuery}` : ''}`}
          size="xs"
          underline="always"
        >
          {t('agenda.bookLink')}
        </Anchor>
      </Text>
      <CancelAppointmentModal
        opened={cancelling !== null}
        appointment={
          cancelling
            ? { id: cancelling.id, start: cancelling.start, patientName: cancelling.patientName }
            : null
        }
        timeZone={zone.timeZone}
        onClose={() => setCancelling(null)}
        onCancelled={(id) => {
          setCancelling(null);
          notifications.show({ color: 'teal', message: t('cancel.done', { id }) });
        }}
      />
    </Stack>
  );
}
