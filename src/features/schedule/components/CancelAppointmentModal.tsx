import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCancelSoloAppointmentOnce } from '@/api/solo/booking-queries';
import { AppModal } from '@/components/Dialogs';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ZonedTime } from '@/components/scheduling/ZonedTime';

interface CancelAppointmentModalProps {
  opened: boolean;
  appointment: { id: number; start: number; patientName: string | null } | null;
  timeZone: string;
  onClose: () => void;
  onCancelled: (id: number) => void;
}

/** Confirms and cancels an appointment, once (a retry after a lost answer is not an error). */
export function CancelAppointmentModal({
  opened,
  appointment,
  timeZone,
  onClose,
  onCancelled,
}: CancelAppointmentModalProps) {
  const { t } = useTranslation('schedule');
  const update = useCancelSoloAppointmentOnce();
  const cancel = () => {
    if (appointment) update.mutate(appointment.id, { onSuccess: () => onCancelled(appointment.id) });
  };
  return (
    <AppModal
      opened={opened}
      onClose={() => {
        update.reset();
        onClose();
      }}
      title={t('cancel.title', { id: appointment?.id ?? '' })}
    >
      <Stack>
        {appointment && (
          <Text size="sm">
            {t('cancel.body', { patient: appointment.patientName ?? t('booking.unnamed') })}{' '}
            <ZonedTime at={appointment.start} timeZone={timeZone} withDay />
          </Text>
        )}
        {update.isError && <ErrorAlert error={update.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={update.isPending}>
            {t('cancel.keep')}
          </Button>
          <Button color="red.9" onClick={cancel} loading={update.isPending} data-testid="confirm-cancel">
            {t('cancel.confirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
