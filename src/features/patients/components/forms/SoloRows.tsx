import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconMail, IconPhone, IconPlus, IconTrash } from '@tabler/icons-react';
import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldErrors } from '@/components/forms/use-field-error';
import {
  emptyAddress,
  emptyContact,
  emptyTelecom,
  type SoloPatientFormValues,
  soloAddressUses,
  soloTelecomSystems,
  soloTelecomUses,
} from '../../solo-patient-form-model';

type Form = UseFormReturn<SoloPatientFormValues, unknown, SoloPatientFormValues>;

/** The text input props of one form path: its id (the error summary's link), label, error and `data-field`. */
function useTextField(form: Form) {
  const { errorOf, idOf } = useFieldErrors(form);
  return (path: string, label: string) => ({
    id: idOf(path),
    label,
    error: errorOf(path),
    'data-field': path,
    // biome-ignore lint/suspicious/noExplicitAny: a dynamic row path of the form (`telecom.1.value`)
    ...form.register(path as any),
  });
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation('patient-forms');
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconTrash size={14} aria-hidden />}
      aria-label={label}
      onClick={onClick}
    >
      {t('forms.remove')}
    </Button>
  );
}

/** Telecom rows (phone, email, SMS, fax, other): as many as the patient has. */
export function SoloTelecomRows({ form }: { form: Form }) {
  const { t } = useTranslation('patient-forms');
  const rows = useFieldArray({ control: form.control, name: 'telecom' });
  const field = useTextField(form);
  const what = t('forms.solo.telecomRow');
  return (
    <Fieldset legend={t('forms.sections.telecom')}>
      <Stack gap="sm">
        {rows.fields.map((row, index) => (
          <Group key={row.id} align="flex-end" gap="sm" wrap="wrap" data-testid="telecom-row">
            <NativeSelect
              {...field(`telecom.${index}.system`, `${t('forms.solo.system')} ${index + 1}`)}
              data={soloTelecomSystems.map((value) => ({ value, label: t(`forms.solo.systems.${value}`) }))}
            />
            <NativeSelect
              {...field(`telecom.${index}.use`, `${t('forms.solo.use')} ${index + 1}`)}
              data={soloTelecomUses.map((value) => ({ value, label: t(`forms.solo.uses.${value}`) }))}
            />
            <TextInput
              {...field(`telecom.${index}.value`, `${what} ${index + 1}`)}
              style={{ flex: '1 1 14rem' }}
            />
            <RemoveButton
              label={t('forms.removeRow', { what, number: index + 1 })}
              onClick={() => rows.remove(index)}
            />
          </Group>
        ))}
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPhone size={14} aria-hidden />}
            onClick={() => rows.append(emptyTelecom('phone'))}
            data-testid="add-phone"
          >
            {t('forms.solo.addPhone')}
          </Button>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconMail size={14} aria-hidden />}
            onClick={() => rows.append(emptyTelecom('email'))}
            data-testid="add-email"
          >
            {t('forms.solo.addEmail')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

const addressParts = ['line1', 'line2', 'apartment', 'city', 'state', 'postalcode', 'country'] as const;

/** Address rows: as many as the patient has. */
export function SoloAddressRows({ form }: { form: Form }) {
  const { t } = useTranslation('patient-forms');
  const rows = useFieldArray({ control: form.control, name: 'address' });
  const field = useTextField(form);
  const what = t('forms.solo.addressRow');
  return (
    <Fieldset legend={t('forms.sections.address')}>
      <Stack gap="md">
        {rows.fields.map((row, index) => (
          <Fieldset key={row.id} variant="unstyled" legend={`${what} ${index + 1}`} data-testid="address-row">
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
              <NativeSelect
                {...field(`address.${index}.use`, t('forms.solo.use'))}
                data={soloAddressUses.map((value) => ({ value, label: t(`forms.solo.uses.${value}`) }))}
              />
              {addressParts.map((part) => (
                <TextInput key={part} {...field(`address.${index}.${part}`, t(`forms.solo.${part}`))} />
              ))}
            </SimpleGrid>
            <Group mt="xs">
              <RemoveButton
                label={t('forms.removeRow', { what, number: index + 1 })}
                onClick={() => rows.remove(index)}
              />
            </Group>
          </Fieldset>
        ))}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => rows.append(emptyAddress())}
            data-testid="add-address"
          >
            {t('forms.solo.addAddress')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

const contactParts = [
  ['firstName', 'contactFirstName'],
  ['lastName', 'contactLastName'],
  ['phone', 'contactPhone'],
  ['email', 'contactEmail'],
] as const;

/** Contact persons (name, phone, email). */
export function SoloContactRows({ form }: { form: Form }) {
  const { t } = useTranslation('patient-forms');
  const rows = useFieldArray({ control: form.control, name: 'contact' });
  const field = useTextField(form);
  const what = t('forms.solo.contactRow');
  return (
    <Fieldset legend={t('forms.sections.contact')}>
      <Stack gap="md">
        {rows.fields.map((row, index) => (
          <Fieldset key={row.id} variant="unstyled" legend={`${what} ${index + 1}`}>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
              {contactParts.map(([part, label]) => (
                <TextInput key={part} {...field(`contact.${index}.${part}`, t(`forms.solo.${label}`))} />
              ))}
            </SimpleGrid>
            <Group mt="xs">
              <RemoveButton
                label={t('forms.removeRow', { what, number: index + 1 })}
                onClick={() => rows.remove(index)}
              />
            </Group>
          </Fieldset>
        ))}
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => rows.append(emptyContact())}
          >
            {t('forms.solo.addContact')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
