import {
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SoloAssistanceLocator } from '@/api/solo/assistance';
import {
  useCancelSoloAssistanceRequest,
  useCreateSoloAssistanceRequest,
  useSoloCurrentAssistanceRequest,
} from '@/api/solo/integration-queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { ZonedTime } from '@/components/scheduling/ZonedTime';

type LocatorKind = 'patient' | 'department' | 'bed' | 'device';

interface LocatorFields {
  patientMrn: string;
  department: string;
  building: string;
  floor: string;
  room: string;
  bed: string;
  deviceSerialNumber: string;
}

/** The fields of the chosen way of naming the place → Solo's locator (one of its four documented bodies). */
export function toLocator(kind: LocatorKind, fields: LocatorFields): SoloAssistanceLocator | null {
  const v = (value: string) => value.trim();
  const bed = v(fields.bed) ? { bed: v(fields.bed) } : {};
  switch (kind) {
    case 'patient':
      return v(fields.patientMrn) ? { patientMrn: v(fields.patientMrn) } : null;
    case 'device':
      return v(fields.deviceSerialNumber) ? { deviceSerialNumber: v(fields.deviceSerialNumber) } : null;
    case 'department':
      return v(fields.department) && v(fields.room)
        ? { department: v(fields.department), room: v(fields.room), ...bed }
        : null;
    case 'bed':
      return v(fields.building) && v(fields.floor) && v(fields.room)
        ? { building: v(fields.building), floor: v(fields.floor), room: v(fields.room), ...bed }
        : null;
  }
}

/**
 * An assistance request (Virtual Nursing and Sitting) for the patient's place: see the current one, create
 * one, cancel it. The place is named by the patient's MRN (prefilled), a department and room, a building,
 * floor and room, or a device.
 */
export function AssistanceSection({ mrn, timeZone }: { mrn: string | undefined; timeZone: string }) {
  const { t } = useTranslation('schedule');
  const [kind, setKind] = useState<LocatorKind>('patient');
  const [fields, setFields] = useState<LocatorFields>({
    patientMrn: mrn ?? '',
    department: '',
    building: '',
    floor: '',
    room: '',
    bed: '',
    deviceSerialNumber: '',
  });
  const [asked, setAsked] = useState<SoloAssistanceLocator | null>(null);
  const current = useSoloCurrentAssistanceRequest(asked ?? { patientMrn: '-' }, {
    queryConfig: { enabled: asked !== null, refetchInterval: 30_000 },
  });
  const create = useCreateSoloAssistanceRequest();
  const cancel = useCancelSoloAssistanceRequest();
  const locator = toLocator(kind, fields);

  const field = (name: keyof LocatorFields, required = true) => (
    <TextInput
      label={t(`assistance.fields.${name}`)}
      value={fields[name]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setFields((old) => ({ ...old, [name]: value }));
      }}
      required={required}
      data-field={name}
    />
  );

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('assistance.kind')}
        value={kind}
        onChange={(value) => setKind(value as LocatorKind)}
        data={(['patient', 'department', 'bed', 'device'] as const).map((value) => ({
          value,
          label: t(`assistance.kinds.${value}`),
        }))}
        data-testid="assistance-kind"
      />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (locator) setAsked(locator);
        }}
      >
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {kind === 'patient' && field('patientMrn')}
            {kind === 'device' && field('deviceSerialNumber')}
            {kind === 'department' && (
              <>
                {field('department')}
                {field('room')}
                {field('bed', false)}
              </>
            )}
            {kind === 'bed' && (
              <>
                {field('building')}
                {field('floor')}
                {field('room')}
                {field('bed', false)}
              </>
            )}
          </SimpleGrid>
          <Group>
            <Button type="submit" variant="default" disabled={!locator} data-testid="find-assistance">
              {t('assistance.find')}
            </Button>
          </Group>
        </Stack>
      </form>

      {asked && current.isPending && <Text size="sm">{t('common.loading')}</Text>}
      {current.isError && <ErrorAlert error={current.error} onRetry={() => void current.refetch()} />}
      {asked && current.isSuccess && current.data === null && (
        <Group>
          <Text size="sm" data-testid="assistance-none">
            {t('assistance.none')}
          </Text>
          <Button
            onClick={() => create.mutate(asked)}
            loading={create.isPending}
            data-testid="request-assistance"
          >
            {t('assistance.request')}
          </Button>
        </Group>
      )}
      {current.data && (
        <Card withBorder padding="sm" data-testid="assistance-current">
          <Stack gap={4}>
            <Group justify="space-between">
              <Text fw={600}>{current.data.careLocation.name}</Text>
              <Badge variant="filled" tt="none" data-testid="assistance-status">
                {current.data.status}
              </Badge>
            </Group>
            <Text size="sm">
              {t('assistance.line', {
                location: current.data.location.name,
                room: current.data.room,
                device: current.data.device,
              })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('assistance.created')}{' '}
              <ZonedTime at={Date.parse(current.data.createdAt)} timeZone={timeZone} withDay size="xs" />
            </Text>
            <Group justify="flex-end">
              <Button
                color="red.9"
                variant="light"
                onClick={() => cancel.mutate(asked ?? { patientMrn: '-' })}
                loading={cancel.isPending}
                data-testid="cancel-assistance"
              >
                {t('assistance.cancel')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      {create.isError && <ErrorAlert error={create.error} />}
      {cancel.isError && <ErrorAlert error={cancel.error} />}
    </Stack>
  );
}
