import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconCircleCheck } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { SoloBooking } from '@/api/solo/appointment-book-once';
import { useSoloAppointment } from '@/api/solo/appointment-queries';
import { useSoloWaitingRooms } from '@/api/solo/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { LocationZoneControl } from '@/components/scheduling/LocationZoneControl';
import { ZonedTime } from '@/components/scheduling/ZonedTime';
import { useLocationZone } from '@/components/scheduling/zone-settings';
import { useDocumentTitle } from '@/components/use-document-title';
import { addDays, startOfWeek } from '@/lib/scheduling/calendar';
import type { GridSlot } from '@/lib/scheduling/slot-grid';
import { browserTimeZone, localDayOf } from '@/lib/scheduling/zones';
import { BookingPanel } from './components/BookingPanel';
import { ClockChangeNotice } from './components/ClockChangeNotice';
import { ReschedulePanel } from './components/ReschedulePanel';
import { ScheduleNav } from './components/ScheduleNav';
import { SlotGrid } from './components/SlotGrid';
import { formatDayRange } from './format';
import { patientFromKey, patientKeyOf, type SchedulePatient } from './patient-ref';
import {
  readScheduleParams,
  SCHEDULE_DURATIONS,
  type ScheduleParams,
  writeScheduleParams,
} from './schedule-params';
import { useSlotView } from './use-slot-view';

interface Booked {
  booking: SoloBooking;
  slot: { start: number; duration: number };
  kind: 'booked' | 'moved';
}

/**
 * Solo scheduling: a waiting room's free slots in a week or a day view, on the room's own clock, and the
 * booking (or rescheduling) of one of them, which never double-books.
 */
export default function SchedulePage() {
  const { t, i18n } = useTranslation('schedule');
  const locale = i18n.language;
  useDocumentTitle(t('title'));
  const [search, setSearch] = useSearchParams();
  const params = readScheduleParams(search);
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const rooms = useSoloWaitingRooms();
  const room = params.room ?? rooms.data?.[0]?.name ?? null;
  const zone = useLocationZone(room ? { kind: 'solo-room', id: room } : undefined);
  const view = params.view ?? (narrow ? 'day' : 'week');
  const today = localDayOf(Date.now(), zone.timeZone);
  const day = params.day ?? today;
  const firstDay = view === 'week' ? startOfWeek(day) : day;
  const dayCount = view === 'week' ? 7 : 1;
  const reschedule = useSoloAppointment(params.reschedule ?? undefined);
  const duration = params.duration ?? (params.reschedule ? (reschedule.data?.duration ?? null) : null);
  const { query, grid, slots, loading } = useSlotView(room, zone.timeZone, firstDay, dayCount, duration);
  const [booked, setBooked] = useState<Booked | null>(null);
  const [unsettled, setUnsettled] = useState(false);
  const lastHeld = useRef<GridSlot | null>(null);

  const go = useCallback(
    (patch: Partial<ScheduleParams>) => setSearch(writeScheduleParams(params, patch).slice(1)),
    [params, setSearch],
  );

  const heldStart = params.slot ? params.slot * 1000 : null;
  const heldNow = heldStart === null ? undefined : slots.find((slot) => slot.start === heldStart);
  if (heldNow) lastHeld.current = heldNow;
  const held =
    heldStart === null
      ? null
      : (heldNow ??
        (lastHeld.current?.start === heldStart
          ? lastHeld.current
          : { start: heldStart, duration: duration ?? 900 }));
  // Out of the range shown, the slot cannot be seen to vanish: it is re-checked when Book is pressed.
  const inView =
    heldStart !== null &&
    heldStart >= (grid.days[0]?.range[0] ?? 0) &&
    heldStart < (grid.days.at(-1)?.range[1] ?? 0);
  const stillFree = loading || heldNow !== undefined || !inView || !query.isSuccess;

  const page = (direction: -1 | 1) => go({ day: addDays(firstDay, direction * dayCount) });
  const pick = (slot: GridSlot) => {
    setBooked(null);
    go({ slot: Math.round(slot.start / 1000) });
  };
  const onPatientChange = useCallback(
    (patient: SchedulePatient | null) => go({ patient: patient ? patientKeyOf(patient) : null }),
    [go],
  );
  const onUnsettled = useCallback((value: boolean) => setUnsettled(value), []);

  const patient = useMemo(() => patientFromKey(params.patient), [params.patient]);
  const label = formatDayRange(firstDay, addDays(firstDay, dayCount - 1), locale);
  const durationOptions = [
    { value: '', label: t('toolbar.roomDefault') },
    ...SCHEDULE_DURATIONS.map((seconds) => ({
      value: String(seconds),
      label: t('toolbar.minutes', { count: seconds / 60 }),
    })),
  ];

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <ScheduleNav search={room ? `?room=${encodeURIComponent(room)}` : ''} />
      </Stack>

      {rooms.isError && <ErrorAlert error={rooms.error} onRetry={() => void rooms.refetch()} />}

      {params.reschedule && (
        <Alert
          color="indigo"
          variant="light"
          data-testid="reschedule-banner"
          title={t('reschedule.bannerTitle', { id: params.reschedule })}
        >
          {reschedule.data ? (
            <Text size="sm">
              {t('reschedule.bannerNow')}{' '}
              <ZonedTime at={reschedule.data.date * 1000} timeZone={zone.timeZone} withDay />
            </Text>
          ) : reschedule.isError ? (
            <ErrorAlert error={reschedule.error} />
          ) : null}
          <Group mt="xs">
            <Anchor
              component={Link}
              to={`/schedule/appointments/${params.reschedule}?room=${encodeURIComponent(room ?? '')}`}
              size="sm"
            >
              {t('reschedule.backToAppointment')}
            </Anchor>
            <Button size="compact-sm" variant="subtle" onClick={() => go({ reschedule: null, slot: null })}>
              {t('reschedule.stop')}
            </Button>
          </Group>
        </Alert>
      )}

      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('toolbar.room')}
          data={(rooms.data ?? []).map((r) => ({ value: r.name, label: r.name }))}
          value={room}
          onChange={(value) => value && go({ room: value, slot: null, day: null })}
          allowDeselect={false}
          disabled={!rooms.data || Boolean(params.reschedule)}
          w={{ base: '100%', sm: 300 }}
          data-testid="room-select"
        />
        <Select
          label={t('toolbar.duration')}
          data={durationOptions}
          value={duration ? String(duration) : ''}
          onChange={(value) => go({ duration: value ? Number(value) : null, slot: null })}
          allowDeselect={false}
          w={{ base: '100%', sm: 210 }}
          data-testid="duration-select"
        />
        <SegmentedControl
          aria-label={t('toolbar.view')}
          data={[
            { value: 'week', label: t('toolbar.week') },
            { value: 'day', label: t('toolbar.day') },
          ]}
          value={view}
          onChange={(value) =>
            go({
              view: value as 'week' | 'day',
              day: view === 'week' && value === 'day' ? (params.day ?? today) : params.day,
            })
          }
          data-testid="view-switch"
        />
        <Group gap={4}>
          <Button
            variant="default"
            onClick={() => page(-1)}
            aria-label={t(view === 'week' ? 'toolbar.previousWeek' : 'toolbar.previousDay')}
            data-testid="previous-page"
          >
            <IconChevronLeft size={16} aria-hidden />
          </Button>
          <Button variant="default" onClick={() => go({ day: null })} data-testid="today">
            {t('toolbar.today')}
          </Button>
          <Button
            variant="default"
            onClick={() => page(1)}
            aria-label={t(view === 'week' ? 'toolbar.nextWeek' : 'toolbar.nextDay')}
            data-testid="next-page"
          >
            <IconChevronRight size={16} aria-hidden />
          </Button>
        </Group>
        <Text fw={600} data-testid="range-label" aria-live="polite">
          {label}
        </Text>
      </Group>

      {room && (
        <Stack gap={2}>
          <LocationZoneControl location={{ kind: 'solo-room', id: room }} name={room} />
          {zone.timeZone !== browserTimeZone() && (
            <Text size="xs" c="dimmed">
              {t('zone.yourZone', { zone: browserTimeZone() })}
            </Text>
          )}
        </Stack>
      )}

      <ClockChangeNotice changes={grid.changes} timeZone={zone.timeZone} />

      {booked && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          role="status"
          data-testid="booked"
          title={t(booked.kind === 'moved' ? 'booking.movedTitle' : 'booking.bookedTitle')}
        >
          <Stack gap={4}>
            <ZonedTime at={booked.slot.start} timeZone={zone.timeZone} withDay />
            {booked.booking.replayed && <Text size="sm">{t('booking.replayed')}</Text>}
            {booked.booking.id !== null ? (
              <Anchor
                component={Link}
                to={`/schedule/appointments/${booked.booking.id}?room=${encodeURIComponent(room ?? '')}`}
                data-testid="open-booked"
              >
                {t('booking.open', { id: booked.booking.id })}
              </Anchor>
            ) : (
              <Text size="sm">{t('booking.noIdYet')}</Text>
            )}
          </Stack>
        </Alert>
      )}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: held ? 8 : 12 }} order={{ base: 2, lg: 1 }}>
          {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
          {query.isPending && room ? (
            <Skeleton height={360} />
          ) : (
            <Stack gap="xs">
              {grid.slotCount === 0 && query.isSuccess && (
                <Alert color="gray" variant="light" data-testid="no-slots">
                  {t(view === 'week' ? 'grid.emptyWeek' : 'grid.emptyDay')}
                </Alert>
              )}
              {grid.rows.length > 0 && (
                <SlotGrid
                  busy={loading}
                  grid={grid}
                  held={held?.start ?? null}
                  onPick={pick}
                  onPage={page}
                  label={t('grid.label', { room: room ?? '', range: label })}
                  disabled={unsettled}
                />
              )}
              <Text size="xs" c="dimmed">
                {t(view === 'day' ? 'grid.keyboardHintDay' : 'grid.keyboardHint')}
              </Text>
            </Stack>
          )}
        </Grid.Col>
        {held && room && (
          <Grid.Col span={{ base: 12, lg: 4 }} order={{ base: 1, lg: 2 }}>
            {params.reschedule ? (
              <ReschedulePanel
                appointmentId={params.reschedule}
                appointment={reschedule.data}
                room={room}
                timeZone={zone.timeZone}
                slot={held}
                stillFree={stillFree}
                onMoved={(booking, slot) => {
                  setBooked({ booking, slot, kind: 'moved' });
                  go({ slot: null, reschedule: null });
                }}
                onRelease={() => go({ slot: null })}
              />
            ) : (
              <BookingPanel
                room={room}
                timeZone={zone.timeZone}
                slot={held}
                stillFree={stillFree}
                initialPatient={patient}
                onPatientChange={onPatientChange}
                onBooked={(booking, slot) => {
                  setBooked({ booking, slot, kind: 'booked' });
                  go({ slot: null });
                }}
                onRelease={() => go({ slot: null })}
                onUnsettled={onUnsettled}
              />
            )}
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
