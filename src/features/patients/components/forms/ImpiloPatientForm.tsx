import { Fieldset, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ImpiloSite } from '@/api/impilo/sites';
import { DateField } from '@/components/forms/DateField';
import { localToday } from '@/components/forms/date-text';
import { useFieldErrors } from '@/components/forms/use-field-error';
import { addressFields, type ImpiloPatientFormValues } from '../../impilo-patient-form-model';

type Form = UseFormReturn<ImpiloPatientFormValues, unknown, ImpiloPatientFormValues>;
type Path = keyof ImpiloPatientFormValues;

const required = new Set<Path>(['firstName', 'lastName', 'externalIdentifier']);

export function useImpiloFieldLabel() {
  const { t } = useTranslation('patient-forms');
  return (path: string): string => t(`forms.impilo.${path as Path}`);
}

/** Impilo's patient fields; the MRN is required (the retry key). */
export function ImpiloPatientForm({ form, sites }: { form: Form; sites: ImpiloSite[] | undefined }) {
  const { t } = useTranslation('patient-forms');
  const { errorOf, idOf } = useFieldErrors(form);
  const text = (path: Path, extra: Record<string, unknown> = {}) => ({
    id: idOf(path),
    label: t(`forms.impilo.${path}`),
    error: errorOf(path),
    withAsterisk: required.has(path),
    'data-field': path,
    ...form.register(path),
    ...extra,
  });
  return (
    <Stack gap="lg">
      <Fieldset legend={t('forms.sections.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput {...text('firstName')} autoComplete="off" />
          <TextInput {...text('lastName')} autoComplete="off" />
          <Controller
            control={form.control}
            name="dateOfBirth"
            render={({ field }) => (
              <DateField
                id={idOf('dateOfBirth')}
                label={t('forms.impilo.dateOfBirth')}
                error={errorOf('dateOfBirth')}
                data-field="dateOfBirth"
                name={field.name}
                ref={field.ref}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                maxDate={localToday()}
              />
            )}
          />
          <TextInput
            {...text('externalIdentifier', { description: t('forms.impilo.externalIdentifierHelp') })}
          />
          <TextInput {...text('email', { type: 'email' })} />
          <TextInput {...text('phone', { type: 'tel' })} />
          <NativeSelect
            {...text('siteId')}
            data={[
              { value: '', label: t('forms.impilo.noSite') },
              ...(sites ?? []).map((site) => ({ value: site.id, label: site.name })),
            ]}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('forms.sections.address')}>
        <Text size="sm" c="dimmed" mb="xs">
          {t('forms.impilo.addressHelp')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          {addressFields.map((part) => (
            <TextInput key={part} {...text(part)} />
          ))}
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
