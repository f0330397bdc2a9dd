import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/forms/DateField';
import { localToday } from '@/components/forms/date-text';
import { useFieldErrors } from '@/components/forms/use-field-error';
import { type SoloPatientFormValues, soloGenders, soloMaritalStatuses } from '../../solo-patient-form-model';
import { SoloAddressRows, SoloContactRows, SoloTelecomRows } from './SoloRows';

type Form = UseFormReturn<SoloPatientFormValues, unknown, SoloPatientFormValues>;
type TextPath =
  | 'id'
  | 'mrn'
  | 'accountNumber'
  | 'firstName'
  | 'middleName'
  | 'lastName'
  | 'alias'
  | 'gender'
  | 'maritalStatus'
  | 'preferredLanguage'
  | 'race'
  | 'ethnicity'
  | 'deceasedTime'
  | 'groupType'
  | 'groupName';
type CheckPath = 'active' | 'deceased' | 'familyMember' | 'isLinkedByEmail';

const required = new Set(['id', 'firstName', 'lastName']);

type AddressPart = 'use' | 'line1' | 'line2' | 'apartment' | 'city' | 'state' | 'postalcode' | 'country';
const contactLabels = {
  firstName: 'contactFirstName',
  lastName: 'contactLastName',
  phone: 'contactPhone',
  email: 'contactEmail',
} as const;
type TopPath = TextPath | CheckPath | 'birthDate' | 'deceasedDate';

/** A form path's label as the error summary says it ("Contact point 2", "Address 1 · City"). */
export function useSoloFieldLabel() {
  const { t } = useTranslation('patient-forms');
  return (path: string): string => {
    const row = /^(telecom|address|contact)\.(\d+)\.(\w+)$/.exec(path);
    if (!row) return t(`forms.solo.${path as TopPath}`);
    const [, list, index, part = ''] = row;
    const number = Number(index) + 1;
    if (list === 'telecom') return `${t('forms.solo.telecomRow')} ${number}`;
    if (list === 'address')
      return `${t('forms.solo.addressRow')} ${number} · ${t(`forms.solo.${part as AddressPart}`)}`;
    const label = contactLabels[part as keyof typeof contactLabels] ?? 'contactFirstName';
    return `${t('forms.solo.contactRow')} ${number} · ${t(`forms.solo.${label}`)}`;
  };
}

/** Every documented Solo demographic field. `editing`: the patient id cannot change. */
export function SoloPatientForm({ form, editing }: { form: Form; editing: boolean }) {
  const { t } = useTranslation('patient-forms');
  const { errorOf, idOf } = useFieldErrors(form);
  const text = (path: TextPath, extra: Record<string, unknown> = {}) => ({
    id: idOf(path),
    label: t(`forms.solo.${path}`),
    error: errorOf(path),
    withAsterisk: required.has(path),
    'data-field': path,
    ...form.register(path),
    ...extra,
  });
  const check = (path: CheckPath) => (
    <Controller
      control={form.control}
      name={path}
      render={({ field }) => (
        <Checkbox
          id={idOf(path)}
          label={t(`forms.solo.${path}`)}
          data-field={path}
          name={field.name}
          ref={field.ref}
          checked={field.value}
          onChange={(event) => field.onChange(event.currentTarget.checked)}
          onBlur={field.onBlur}
        />
      )}
    />
  );
  const date = (path: 'birthDate' | 'deceasedDate', description?: string) => (
    <Controller
      control={form.control}
      name={path}
      render={({ field }) => (
        <DateField
          id={idOf(path)}
          label={t(`forms.solo.${path}`)}
          description={description}
          error={errorOf(path)}
          data-field={path}
          name={field.name}
          ref={field.ref}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          maxDate={localToday()}
        />
      )}
    />
  );
  const choose = { value: '', label: t('forms.choose') };
  const linked = form.watch('isLinkedByEmail');

  return (
    <Stack gap="lg">
      <Fieldset legend={t('forms.sections.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <TextInput {...text('firstName')} autoComplete="off" />
          <TextInput {...text('middleName')} autoComplete="off" />
          <TextInput {...text('lastName')} autoComplete="off" />
          <TextInput {...text('alias')} autoComplete="off" />
          {date('birthDate')}
          <NativeSelect
            {...text('gender')}
            data={[
              choose,
              ...soloGenders.map((value) => ({ value, label: t(`forms.solo.genders.${value}`) })),
            ]}
          />
          <NativeSelect
            {...text('maritalStatus')}
            data={[
              choose,
              ...soloMaritalStatuses.map((value) => ({
                value,
                label: t(`forms.solo.maritalStatuses.${value}`),
              })),
            ]}
          />
          <TextInput {...text('preferredLanguage')} />
          <TextInput {...text('race')} />
          <TextInput {...text('ethnicity')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('forms.sections.ids')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            {...text('id', { readOnly: true, description: editing ? undefined : t('forms.solo.idHelp') })}
          />
          <TextInput {...text('mrn')} />
          <TextInput {...text('accountNumber')} />
        </SimpleGrid>
      </Fieldset>
      <SoloTelecomRows form={form} />
      <SoloAddressRows form={form} />
      <SoloContactRows form={form} />
      <Fieldset legend={t('forms.sections.status')}>
        <Stack gap="sm">
          {check('active')}
          {check('deceased')}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {date('deceasedDate', t('forms.solo.deceasedHelp'))}
            <TextInput {...text('deceasedTime', { placeholder: 'HH:MM', inputMode: 'numeric' })} />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('forms.sections.family')}>
        <Stack gap="sm">
          {check('isLinkedByEmail')}
          {linked && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput {...text('groupType', { withAsterisk: true })} />
              <TextInput {...text('groupName', { withAsterisk: true })} />
            </SimpleGrid>
          )}
          {check('familyMember')}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
