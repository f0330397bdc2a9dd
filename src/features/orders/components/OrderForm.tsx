import { Box, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Controller, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EdenFacility } from '@/api/eden/facilities';
import { edenPriorities, edenSexes } from '@/api/eden/orders';
import { DateField } from '@/components/forms/DateField';
import { localToday } from '@/components/forms/date-text';
import { useFieldErrors } from '@/components/forms/use-field-error';
import { commonImagingModalities, dicomModalities, dicomModalityCodes } from '@/lib/codes/dicom-modalities';
import { generateFolio, type OrderFormValues, type TextField } from '../order-form-model';
import { requiredFields } from '../order-form-validation';
import { EdenAppointmentFields } from './EdenAppointmentFields';
import { ExtraFieldsEditor } from './ExtraFieldsEditor';

interface OrderFormProps<TOutput extends FieldValues> {
  form: UseFormReturn<OrderFormValues, unknown, TOutput>;
  facilities: EdenFacility[] | undefined;
  facilitiesFailed: boolean;
  /** A request is in flight: the fields cannot be changed meanwhile (they are inert, not just blurred). */
  busy: boolean;
  /** The folio cannot change once the order exists. */
  folioLocked?: boolean;
  actions: ReactNode;
  /** Shown next to the actions while `busy`: how long it has waited, and a way to stop. */
  pending?: ReactNode;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
}

type DateFieldName = 'patient_birth_date' | 'appointment_date';

/** Every Eden order field, in the sections a front desk fills them in. Shared by create and edit. */
export function OrderForm<TOutput extends FieldValues>({
  form,
  facilities,
  facilitiesFailed,
  busy,
  folioLocked,
  actions,
  pending,
  onSubmit,
}: OrderFormProps<TOutput>) {
  const { t } = useTranslation('orders');
  const { register, control, watch, setValue } = form;
  const { errorOf, idOf } = useFieldErrors(form);

  const field = <E extends object = Record<never, never>>(name: TextField, extra?: E) => ({
    id: idOf(name),
    label: t(`fields.${name}`),
    error: errorOf(name),
    withAsterisk: requiredFields.has(name),
    'data-field': name,
    ...register(name),
    ...(extra as E),
  });
  const dateField = (name: DateFieldName, limits: { minDate?: string; maxDate?: string } = {}) => (
    <Controller
      control={control}
      name={name}
      render={({ field: date }) => (
        <DateField
          id={idOf(name)}
          label={t(`fields.${name}`)}
          error={errorOf(name)}
          withAsterisk={requiredFields.has(name)}
          data-field={name}
          name={date.name}
          ref={date.ref}
          value={date.value}
          onChange={date.onChange}
          onBlur={date.onBlur}
          {...limits}
        />
      )}
    />
  );
  const choose = { value: '', label: t('choose') };
  const sexOptions = [
    choose,
    ...edenSexes.map((value) => ({ value, label: `${t(`sexes.${value}`)} (${value})` })),
  ];
  const facilityId = watch('facility_identifier');
  const rooms = facilities?.find((f) => f.identifier === facilityId)?.rooms ?? [];

  const modalityGroups = [
    {
      group: t('fields.modality'),
      items: commonImagingModalities.map((code) => ({
        value: code,
        label: `${code} — ${dicomModalities[code]}`,
      })),
    },
    {
      group: 'DICOM',
      items: dicomModalityCodes
        .filter((code) => !commonImagingModalities.includes(code))
        .map((code) => ({ value: code, label: `${code} — ${dicomModalities[code]}` })),
    },
  ];

  return (
    <Box component="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      <Stack gap="lg" inert={busy} style={busy ? { opacity: 0.6 } : undefined}>
        <Fieldset legend={t('sections.patient')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <TextInput {...field('patient_identifier')} />
            <TextInput {...field('patient_name', { autoComplete: 'off' })} />
            <TextInput {...field('patient_first_surname')} />
            <TextInput {...field('patient_last_surname')} />
            <NativeSelect {...field('patient_gender')} data={sexOptions} />
            {dateField('patient_birth_date', { minDate: '1900-01-01', maxDate: localToday() })}
            <TextInput {...field('patient_email', { type: 'email' })} />
            <TextInput {...field('patient_phone_code', { inputMode: 'numeric', maw: 140 })} />
            <TextInput {...field('patient_phone_number', { type: 'tel' })} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('sections.study')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <TextInput
              {...field('folio', { readOnly: folioLocked })}
              description={t('fields.folioHint')}
              rightSectionWidth={folioLocked ? undefined : 110}
              rightSection={
                folioLocked ? undefined : (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={<IconRefresh size={12} aria-hidden />}
                    onClick={() =>
                      setValue('folio', generateFolio(), { shouldDirty: true, shouldValidate: true })
                    }
                  >
                    {t('fields.regenerateFolio')}
                  </Button>
                )
              }
            />
            <NativeSelect {...field('modality')} data={[{ group: '', items: [choose] }, ...modalityGroups]} />
            <NativeSelect
              {...field('priority')}
              data={[choose, ...edenPriorities.map((value) => ({ value, label: t(`priorities.${value}`) }))]}
            />
            <TextInput {...field('study_code')} />
            <TextInput {...field('study_name')} />
            <TextInput {...field('description')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('sections.place')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {facilities && !facilitiesFailed ? (
              <NativeSelect
                {...field('facility_identifier')}
                data={[
                  choose,
                  ...facilities.map((f) => ({ value: f.identifier, label: `${f.name} (${f.identifier})` })),
                ]}
              />
            ) : (
              <TextInput
                {...field('facility_identifier')}
                description={facilitiesFailed ? t('facilitiesUnavailable') : undefined}
              />
            )}
            {rooms.length > 0 ? (
              <NativeSelect
                {...field('room_identifier')}
                data={[
                  choose,
                  ...rooms.map((r) => ({ value: r.ae_title, label: `${r.name} (${r.ae_title})` })),
                ]}
              />
            ) : (
              <TextInput {...field('room_identifier')} />
            )}
            <TextInput {...field('room_name')} description={t('fields.room_nameHint')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('sections.physician')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <TextInput {...field('physician_identifier')} />
            <TextInput {...field('physician_name')} />
            <TextInput {...field('physician_first_surname')} />
            <TextInput {...field('physician_last_surname')} />
            <NativeSelect {...field('physician_gender')} data={sexOptions} />
            <TextInput {...field('physician_email', { type: 'email' })} />
            <TextInput {...field('physician_phone_code', { inputMode: 'numeric' })} />
            <TextInput {...field('physician_phone_number', { type: 'tel' })} />
            <TextInput {...field('practitioner_assigned_email', { type: 'email' })} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('sections.appointment')}>
          <EdenAppointmentFields<TOutput>
            form={form}
            facilities={facilities}
            date={dateField('appointment_date')}
            time={
              <TextInput
                {...field('appointment_time', { placeholder: 'HH:MM:SS' })}
                description={t('fields.timeHint')}
              />
            }
            duration={
              <TextInput
                {...field('appointment_duration', { inputMode: 'numeric' })}
                description={t('fields.durationHint')}
              />
            }
          />
        </Fieldset>

        <Fieldset legend={t('sections.extra')}>
          <ExtraFieldsEditor<TOutput> form={form} />
        </Fieldset>
      </Stack>
      <Box
        pos="sticky"
        bottom={0}
        py="sm"
        mt="md"
        style={{ zIndex: 5, background: 'var(--mantine-color-body)' }}
      >
        <Stack gap="xs">
          {busy && pending}
          <Group justify="flex-end" inert={busy}>
            {actions}
          </Group>
        </Stack>
      </Box>
    </Box>
  );
}
