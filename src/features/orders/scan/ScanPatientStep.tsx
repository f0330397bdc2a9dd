import { Fieldset, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { scanGenders } from '@/api/scan/referrals';
import { DateField } from '@/components/forms/DateField';
import { localToday } from '@/components/forms/date-text';
import { useFieldErrors } from '@/components/forms/use-field-error';
import type { ScanWizardValues } from './scan-referral-model';

type TextPath =
  | `account.${keyof ScanWizardValues['account']}`
  | `patient.${Exclude<keyof ScanWizardValues['patient'], 'gender' | 'date_of_birth'>}`;

/** Step 1: the patient's information (and, without a Scan.com session, the user this tab works as). */
export function ScanPatientStep({
  form,
  sessionActive,
}: {
  form: UseFormReturn<ScanWizardValues>;
  sessionActive: boolean;
}) {
  const { t } = useTranslation('orders');
  const { errorOf, idOf } = useFieldErrors(form);
  const text = (
    path: TextPath,
    options: { required?: boolean; type?: string; autoComplete?: string } = {},
  ) => {
    const [section = '', name = ''] = path.split('.');
    return (
      <TextInput
        {...form.register(path)}
        id={idOf(path)}
        data-field={path}
        label={t(`scan.fields.${section as 'patient'}.${name as 'email'}`)}
        error={errorOf(path)}
        withAsterisk={options.required}
        type={options.type}
        autoComplete={options.autoComplete ?? 'off'}
      />
    );
  };
  return (
    <Stack gap="lg">
      {sessionActive ? (
        <Text size="sm" c="dimmed" data-testid="scan-session-active">
          {t('scan.sessionActive')}
        </Text>
      ) : (
        <Fieldset legend={t('scan.sections.account')}>
          <Stack gap="xs">
            <Text size="sm">{t('scan.accountHint')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {text('account.first_name', { required: true })}
              {text('account.last_name', { required: true })}
              {text('account.email', { required: true, type: 'email' })}
            </SimpleGrid>
          </Stack>
        </Fieldset>
      )}
      <Fieldset legend={t('scan.sections.patient')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('patient.first_name', { required: true })}
          {text('patient.last_name', { required: true })}
          {text('patient.email', { required: true, type: 'email' })}
          <Controller
            control={form.control}
            name="patient.date_of_birth"
            render={({ field }) => (
              <DateField
                id={idOf('patient.date_of_birth')}
                data-field="patient.date_of_birth"
                label={t('scan.fields.patient.date_of_birth')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                maxDate={localToday()}
                error={errorOf('patient.date_of_birth')}
                withAsterisk
              />
            )}
          />
          <NativeSelect
            {...form.register('patient.gender')}
            id={idOf('patient.gender')}
            data-field="patient.gender"
            label={t('scan.fields.patient.gender')}
            error={errorOf('patient.gender')}
            data={[
              { value: '', label: t('scan.notGiven') },
              ...scanGenders.map((value) => ({ value, label: t(`scan.genders.${value}`) })),
            ]}
          />
          {text('patient.phone', { type: 'tel' })}
          {text('patient.address_line_1')}
          {text('patient.address_line_2')}
          {text('patient.address_city')}
          {text('patient.address_postcode')}
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
