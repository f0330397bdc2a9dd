import {
  Box,
  Button,
  Fieldset,
  Group,
  LoadingOverlay,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Controller, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EdenFacility } from '@/api/eden/facilities';
import { edenPriorities, edenSexes } from '@/api/eden/orders';
import { translateMessage } from '@/i18n/zod-messages';
import { commonImagingModalities, dicomModalities, dicomModalityCodes } from '@/lib/codes/dicom-modalities';
import { generateFolio, type OrderFormValues, type TextField } from '../order-form-model';
import { ExtraFieldsEditor } from './ExtraFieldsEditor';

interface OrderFormProps<TOutput extends FieldValues> {
  form: UseFormReturn<OrderFormValues, unknown, TOutput>;
  facilities: EdenFacility[] | undefined;
  facilitiesFailed: boolean;
  busy: boolean;
  /** The folio cannot change once the order exists. */
  folioLocked?: boolean;
  actions: ReactNode;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
}

/** Every Eden order field, in the sections a front desk fills them in. Shared by create and edit. */
export function OrderForm<TOutput extends FieldValues>({
  form,
  facilities,
  facilitiesFailed,
  busy,
  folioLocked,
  actions,
  onSubmit,
}: OrderFormProps<TOutput>) {
  const { t, i18n } = useTranslation('orders');
  const {
    register,
    control,
    watch,
    setValue,
    formState: { errors },
  } = form;

  const field = <E extends object = Record<never, never>>(name: TextField, extra?: E) => ({
    label: t(`fields.${name}`),
    error: translateMessage(i18n, errors[name]?.message),
    'data-field': name,
    ...register(name),
    ...(extra as E),
  });
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
    <Box component="form" onSubmit={onSubmit} noValidate aria-busy={busy} pos="relative">
      <LoadingOverlay
        visible={busy}
        zIndex={10}
        overlayProps={{ blur: 1 }}
        loaderProps={{ 'aria-label': t('submitting') }}
      />
      <Stack gap="lg">
        <Fieldset legend={t('sections.patient')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <TextInput {...field('patient_identifier')} />
            <TextInput {...field('patient_name', { withAsterisk: true, autoComplete: 'off' })} />
            <TextInput {...field('patient_first_surname')} />
            <TextInput {...field('patient_last_surname')} />
            <NativeSelect {...field('patient_gender')} withAsterisk data={sexOptions} />
            <TextInput
              {...field('patient_birth_date', {
                withAsterisk: true,
                placeholder: t('fields.dateHint'),
              })}
              description={t('fields.dateHint')}
              inputMode="numeric"
            />
            <TextInput {...field('patient_email', { type: 'email' })} />
            <TextInput {...field('patient_phone_code', { inputMode: 'numeric', maw: 140 })} />
            <TextInput {...field('patient_phone_number', { type: 'tel' })} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('sections.study')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <TextInput
              {...field('folio', { withAsterisk: true, readOnly: folioLocked })}
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
                    disabled={busy}
                  >
                    {t('fields.regenerateFolio')}
                  </Button>
                )
              }
            />
            <NativeSelect
              {...field('modality')}
              withAsterisk
              data={[{ group: '', items: [choose] }, ...modalityGroups]}
            />
            <NativeSelect
              {...field('priority')}
              data={[choose, ...edenPriorities.map((value) => ({ value, label: t(`priorities.${value}`) }))]}
            />
            <TextInput {...field('study_code', { withAsterisk: true })} />
            <TextInput {...field('study_name', { withAsterisk: true })} />
            <TextInput {...field('description', { withAsterisk: true })} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('sections.place')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {facilities && !facilitiesFailed ? (
              <NativeSelect
                {...field('facility_identifier')}
                withAsterisk
                data={[
                  choose,
                  ...facilities.map((f) => ({ value: f.identifier, label: `${f.name} (${f.identifier})` })),
                ]}
              />
            ) : (
              <TextInput
                {...field('facility_identifier', { withAsterisk: true })}
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
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              {...field('appointment_date', { placeholder: t('fields.dateHint') })}
              description={t('fields.dateHint')}
            />
            <TextInput
              {...field('appointment_time', { placeholder: 'HH:MM:SS' })}
              description={t('fields.timeHint')}
            />
            <Controller
              control={control}
              name="appointment_duration"
              render={({ field: duration }) => (
                <NumberInput
                  label={t('fields.appointment_duration')}
                  error={translateMessage(i18n, errors.appointment_duration?.message)}
                  data-field="appointment_duration"
                  allowDecimal={false}
                  min={1}
                  name={duration.name}
                  ref={duration.ref}
                  onBlur={duration.onBlur}
                  value={duration.value}
                  onChange={(value) => duration.onChange(String(value))}
                />
              )}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('sections.extra')}>
          <ExtraFieldsEditor<TOutput> control={control} register={register} errors={errors} disabled={busy} />
        </Fieldset>

        <Group justify="flex-end">{actions}</Group>
      </Stack>
    </Box>
  );
}
