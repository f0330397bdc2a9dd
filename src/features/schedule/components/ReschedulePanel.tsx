import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowRight } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkError, TimeoutError, VendorError } from '@/api/errors';
import { isSoloSlotTakenError, type SoloBooking } from '@/api/solo/appointment-book-once';
import type { SoloAppointment } from '@/api/solo/appointments';
import { useRescheduleSoloAppointment } from '@/api/solo/booking-queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ZonedTime } from '@/components/scheduling/ZonedTime';
import { canReschedule } from '../status-flow';

interface ReschedulePanelProps {
  appointmentId: number;
  appointment: SoloAppointment | undefined;
  room: string;
  timeZone: string;
  slot: { start: number; duration: number };
  stillFree: boolean;
  onMoved: (booking: SoloBooking, slot: { start: number; duration: number }) => void;
  onRelease: () => void;
}

/** Moving an appointment to the held slot: the old and the new time, then Move, which re-checks the slot. */
export function ReschedulePanel({
  appointmentId,
  appointment,
  room,
  timeZone,
  slot,
  stillFree,
  onMoved,
  onRelease,
}: ReschedulePanelProps) {
  const { t } = useTranslation('schedule');
  const move = useRescheduleSoloAppointment();
  const [taken, setTaken] = useState<'gone' | 'taken' | null>(null);
  const [unknown, setUnknown] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const seconds = Math.round(slot.start / 1000);

  const [shownSlot, setShownSlot] = useState(seconds);
  if (shownSlot !== seconds) {
    setShownSlot(seconds);
    setTaken(null);
  }
  useEffect(() => {
    if (shownSlot) heading.current?.focus();
  }, [shownSlot]);

  const gone = !stillFree || taken !== null;
  const movable = appointment ? canReschedule(appointment.status) : false;

  const confirm = () =>
    move.mutate(
      {
        change: { id: appointmentId, waitingRoom: room, date: seconds, duration: slot.duration },
        alreadySent: unknown,
      },
      {
        onSuccess: (booking) => {
          setUnknown(false);
          onMoved(booking, slot);
        },
        onError: (error) => {
          if (isSoloSlotTakenError(error)) {
            setTaken(error.when);
            setUnknown(false);
            return;
          }
          setUnknown(
            error instanceof NetworkError ||
              error instanceof TimeoutError ||
              (error instanceof VendorError && error.status >= 500),
          );
        },
      },
    );

  return (
    <Card
      withBorder
      padding="md"
      data-testid="reschedule-panel"
      component="section"
      aria-labelledby="reschedule-heading"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="reschedule-heading" ref={heading} tabIndex={-1}>
          {t('reschedule.title', { id: appointmentId })}
        </Title>
        {appointment && (
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('reschedule.from')}
            </Text>
            <ZonedTime at={appointment.date * 1000} timeZone={timeZone} withDay stacked />
          </Stack>
        )}
        <IconArrowRight size={16} aria-hidden />
        <Stack gap={2} data-testid="booking-slot">
          <Text size="xs" c="dimmed">
            {t('reschedule.to')}
          </Text>
          <ZonedTime at={slot.start} timeZone={timeZone} withDay stacked />
        </Stack>
        {gone && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            role="alert"
            data-testid="slot-gone"
          >
            {taken === 'taken' ? t('booking.takenByOther') : t('booking.gone')}
          </Alert>
        )}
        {appointment && !movable && (
          <Alert color="gray" variant="light">
            {t('reschedule.notMovable')}
          </Alert>
        )}
        {move.isError && !isSoloSlotTakenError(move.error) && <ErrorAlert error={move.error} />}
        {unknown && <Text size="sm">{t('booking.unknownOutcome')}</Text>}
        <Group justify="space-between">
          <Button variant="default" onClick={onRelease} disabled={move.isPending}>
            {t('booking.release')}
          </Button>
          <Button
            onClick={confirm}
            disabled={gone || !movable || move.isPending}
            loading={move.isPending}
            data-testid="confirm-reschedule"
          >
            {unknown ? t('booking.retry') : t('reschedule.confirm')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
