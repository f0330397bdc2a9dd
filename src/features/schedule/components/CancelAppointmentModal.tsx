import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VendorError } from '@/api/errors';
import { useUpdateSoloAppointment } from '@/api/solo/appointment-queries';
import { getSoloAppointment } from '@/api/solo/appointments';
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

/**
 * Confirms and cancels an appointment. Cancelling twice (a retry after a lost answer) meets a 409 from Solo:
 * if the appointment is cancelled by then, that is success.
 */
export function CancelAppointmentModal({
  opened,
  appointment,
  timeZone,
  onClose,
  onCancelled,
}: CancelAppointmentModalProps) {
  const { t } = useTranslation('schedule');
  const update = useUpdateSoloAppointment();
  const cancel = () => {
    if (!appointment) return;
    update.mutate(
      { id: appointment.id, input: { status: 'cancelled' } },
      {
        onSuccess: () => onCancelled(appointment.id),
        onError: async (error) => {
          if (!(error instanceof VendorError) || error.status !== 409) return;
          const current = await getSoloAppointment(appointment.id).catch(() => null);
          if (current?.status === 'cancelled') {
            update.reset();
            onCancelled(appointment.id);
          }
        },
      },
    );
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
