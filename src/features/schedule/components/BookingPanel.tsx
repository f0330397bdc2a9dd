import { Alert, Badge, Button, Card, Group, Stack, TagsInput, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCalendarCheck, IconHandStop } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InputError, isTransient, NetworkError, TimeoutError, VendorError } from '@/api/errors';
import { isSoloSlotTakenError, type SoloBooking } from '@/api/solo/appointment-book-once';
import { useBookSoloAppointment } from '@/api/solo/booking-queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ZonedTime } from '@/components/scheduling/ZonedTime';
import { type SchedulePatient, soloRefOf } from '../patient-ref';
import { useBookingDraft } from '../use-booking-draft';
import { PatientFinder } from './PatientFinder';

export const REASON_SUGGESTIONS = ['MRI results', 'CT follow-up', 'Ultrasound review', 'X-ray consult'];

interface BookingPanelProps {
  room: string;
  timeZone: string;
  /** The held slot; duration in seconds. */
  slot: { start: number; duration: number };
  /** Whether the latest refresh of the grid still offers the slot. */
  stillFree: boolean;
  /** From `?patient=`. */
  initialPatient: SchedulePatient | null;
  onPatientChange: (patient: SchedulePatient | null) => void;
  onBooked: (booking: SoloBooking, slot: { start: number; duration: number }) => void;
  onRelease: () => void;
  /** A booking's outcome is not known: the grid must not let another slot be picked meanwhile. */
  onUnsettled: (unsettled: boolean) => void;
}

type Outcome =
  | { kind: 'none' }
  | { kind: 'taken'; when: 'gone' | 'taken' }
  | { kind: 'failed'; error: unknown; unknown: boolean };

/** Whether a failure leaves it open if the booking was made (then the next try looks for it first). */
function outcomeUnknown(error: unknown): boolean {
  return (
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    (error instanceof VendorError && error.status >= 500) ||
    (isTransient(error) && !(error instanceof InputError))
  );
}

/**
 * Confirming a held slot: who, why, and Book. The slot stays marked as the user's in the grid; the grid
 * keeps refreshing, and when the slot disappears Confirm is disabled and says why. Booking re-checks the
 * slot, sends once under an external id kept in the encrypted draft, and finds its own booking after a
 * lost answer.
 */
export function BookingPanel({
  room,
  timeZone,
  slot,
  stillFree,
  initialPatient,
  onPatientChange,
  onBooked,
  onRelease,
  onUnsettled,
}: BookingPanelProps) {
  const { t } = useTranslation('schedule');
  const draft = useBookingDraft();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusChosen, setFocusChosen] = useState(false);
  const onChosenFocused = useCallback(() => setFocusChosen(false), []);
  const book = useBookSoloAppointment();
  const patient = draft.values.patient ?? initialPatient;
  const slotSeconds = Math.round(slot.start / 1000);
  const unsettled = outcome.kind === 'failed' && outcome.unknown;

  // A newly held slot: focus moves to the panel, and an earlier refusal no longer applies.
  const [shownSlot, setShownSlot] = useState(slotSeconds);
  if (shownSlot !== slotSeconds) {
    setShownSlot(slotSeconds);
    setOutcome((current) => (current.kind === 'failed' && current.unknown ? current : { kind: 'none' }));
  }
  const ready = draft.status === 'ready';
  useEffect(() => {
    if (ready && shownSlot) heading.current?.focus();
  }, [shownSlot, ready]);
  useEffect(() => onUnsettled(unsettled), [unsettled, onUnsettled]);

  if (draft.status === 'loading') return null;

  const confirm = async () => {
    if (!patient) return;
    const attempt = draft.attemptFor(slotSeconds);
    await draft.markSent(attempt.externalId, slotSeconds);
    book.mutate(
      {
        request: {
          patient: soloRefOf(patient),
          input: {
            waitingRoom: room,
            date: slotSeconds,
            duration: slot.duration,
            externalId: attempt.externalId,
            reasons: draft.values.reasons,
          },
        },
        alreadySent: attempt.alreadySent,
      },
      {
        onSuccess: (booking) => {
          draft.clear();
          setOutcome({ kind: 'none' });
          onBooked(booking, slot);
        },
        onError: (error) => {
          if (isSoloSlotTakenError(error)) {
            draft.forgetAttempt();
            setOutcome({ kind: 'taken', when: error.when });
            return;
          }
          const unknown = outcomeUnknown(error);
          if (!unknown) draft.forgetAttempt();
          setOutcome({ kind: 'failed', error, unknown });
        },
      },
    );
  };

  // A slot that vanishes while the outcome is unknown (or just after booking it) may have been taken by this
  // very booking: only a definite refusal, or a vanished slot with nothing in flight, is "gone".
  const settledHere = !unsettled && !book.isPending && !book.isSuccess;
  const gone = outcome.kind === 'taken' || (!stillFree && settledHere);
  const canConfirm = Boolean(patient) && !gone && !book.isPending;

  return (
    <Card
      withBorder
      padding="md"
      data-testid="booking-panel"
      component="section"
      aria-labelledby="booking-heading"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id="booking-heading" ref={heading} tabIndex={-1}>
            {t('booking.title')}
          </Title>
          {!gone && (
            <Badge
              color="indigo"
              variant="filled"
              leftSection={<IconHandStop size={12} aria-hidden />}
              tt="none"
            >
              {t('booking.held')}
            </Badge>
          )}
        </Group>
        <div data-testid="booking-slot">
          <ZonedTime at={slot.start} timeZone={timeZone} withDay stacked size="md" />
          <Text size="xs" c="dimmed">
            {t('booking.slotLine', { room, minutes: Math.round(slot.duration / 60) })}
          </Text>
        </div>

        {gone && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            role="alert"
            data-testid="slot-gone"
          >
            {outcome.kind === 'taken' && outcome.when === 'taken'
              ? t('booking.takenByOther')
              : t('booking.gone')}
          </Alert>
        )}

        <PatientFinder
          value={patient}
          onChange={(next) => {
            draft.setPatient(next);
            onPatientChange(next);
            // The chosen patient replaces the button that chose it: keep the keyboard user's place.
            if (next) setFocusChosen(true);
          }}
          focusChosen={focusChosen}
          onFocused={onChosenFocused}
          disabled={book.isPending || unsettled}
        />
        <TagsInput
          label={t('booking.reasons')}
          description={t('booking.reasonsHint')}
          data={REASON_SUGGESTIONS}
          value={draft.values.reasons}
          onChange={draft.setReasons}
          disabled={book.isPending || unsettled}
          data-testid="reasons-input"
          clearable
        />

        {outcome.kind === 'failed' && (
          <Stack gap={4}>
            <ErrorAlert error={outcome.error} />
            {outcome.unknown && (
              <Text size="sm" data-testid="booking-unknown">
                {t('booking.unknownOutcome')}
              </Text>
            )}
          </Stack>
        )}

        <Group justify="space-between">
          <Button
            variant="default"
            onClick={onRelease}
            disabled={book.isPending || unsettled}
            data-testid="release-slot"
          >
            {t('booking.release')}
          </Button>
          <Button
            leftSection={<IconCalendarCheck size={16} aria-hidden />}
            onClick={() => void confirm()}
            disabled={!canConfirm}
            loading={book.isPending}
            data-testid="confirm-booking"
          >
            {unsettled ? t('booking.retry') : t('booking.confirm')}
          </Button>
        </Group>
        {!patient && !gone && (
          <Text size="xs" c="dimmed">
            {t('booking.needPatient')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
