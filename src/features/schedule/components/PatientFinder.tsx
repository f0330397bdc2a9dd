import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch, IconUser } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VendorError } from '@/api/errors';
import { useSoloPatient, useSoloPatientBySpid } from '@/api/solo/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatLocalDate } from '@/lib/format/locale-format';
import { displayName, patientFromInput, type SchedulePatient } from '../patient-ref';

interface PatientFinderProps {
  value: SchedulePatient | null;
  onChange: (patient: SchedulePatient | null) => void;
  disabled?: boolean;
  /** Give the focus to the chosen patient's card once it shows (after "Book for this patient"). */
  focusChosen?: boolean;
  onFocused?: () => void;
}

/** Fetches one Solo patient by patient id or SPID (Solo has no search) and shows who it is. */
export function usePatientLookup(patient: SchedulePatient | null) {
  const bySpid = useSoloPatientBySpid(patient?.kind === 'spid' ? Number(patient.value) : undefined);
  const byId = useSoloPatient(patient?.kind === 'id' ? patient.value : undefined);
  return patient?.kind === 'spid' ? bySpid : byId;
}

export function PatientFinder({
  value,
  onChange,
  disabled = false,
  focusChosen = false,
  onFocused,
}: PatientFinderProps) {
  const { t, i18n } = useTranslation('schedule');
  const [text, setText] = useState(value?.value ?? '');
  const [asked, setAsked] = useState<SchedulePatient | null>(value);
  const lookup = usePatientLookup(asked);
  const notFound = lookup.error instanceof VendorError && lookup.error.status === 404;
  const found = asked && lookup.data ? lookup.data : null;
  const changeButton = useRef<HTMLButtonElement>(null);
  const shown = Boolean(value && found);
  useEffect(() => {
    if (!focusChosen || !shown) return;
    changeButton.current?.focus();
    onFocused?.();
  }, [focusChosen, shown, onFocused]);

  const find = () => {
    const next = patientFromInput(text);
    setAsked(next);
    onChange(null);
  };

  if (value && found) {
    const dob = found.birthDate ? formatLocalDate(found.birthDate, i18n.language) : t('common.none');
    return (
      <Card withBorder padding="sm" data-testid="chosen-patient">
        <Group justify="space-between" wrap="wrap" align="flex-start" gap="xs">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconUser size={18} aria-hidden />
            <Stack gap={0}>
              <Text fw={600}>{displayName(found) ?? t('booking.unnamed')}</Text>
              <Text size="xs" c="dimmed">
                {t('booking.patientLine', {
                  ref: value.kind === 'spid' ? `SPID ${value.value}` : value.value,
                  dob,
                  mrn: found.mrn ?? t('common.none'),
                })}
              </Text>
            </Stack>
          </Group>
          <Button
            ref={changeButton}
            size="compact-sm"
            variant="subtle"
            disabled={disabled}
            onClick={() => {
              onChange(null);
              setAsked(null);
            }}
            data-testid="change-patient"
          >
            {t('booking.changePatient')}
          </Button>
        </Group>
      </Card>
    );
  }

  return (
    <Stack gap="xs">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          find();
        }}
      >
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            label={t('booking.patientField')}
            description={t('booking.patientHint')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            disabled={disabled}
            style={{ flex: 1 }}
            data-testid="patient-input"
            error={notFound ? t('booking.patientNotFound') : undefined}
          />
          <Button
            type="submit"
            variant="default"
            leftSection={<IconSearch size={16} aria-hidden />}
            disabled={disabled || !patientFromInput(text)}
            loading={Boolean(asked) && lookup.isFetching}
            data-testid="find-patient"
          >
            {t('booking.find')}
          </Button>
        </Group>
      </form>
      {lookup.isError && !notFound && (
        <ErrorAlert error={lookup.error} onRetry={() => void lookup.refetch()} />
      )}
      {found && asked && (
        <Card withBorder padding="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0}>
              <Text fw={600}>{displayName(found) ?? t('booking.unnamed')}</Text>
              <Text size="xs" c="dimmed">
                {t('booking.patientLine', {
                  ref: asked.kind === 'spid' ? `SPID ${asked.value}` : asked.value,
                  dob: found.birthDate ? formatLocalDate(found.birthDate, i18n.language) : t('common.none'),
                  mrn: found.mrn ?? t('common.none'),
                })}
              </Text>
            </Stack>
            <Button
              size="compact-sm"
              onClick={() => onChange(asked)}
              disabled={disabled}
              data-testid="use-patient"
            >
              {t('booking.usePatient')}
            </Button>
          </Group>
        </Card>
      )}
    </Stack>
  );
}
