import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldErrors } from '@/components/forms/use-field-error';
import type { ScanWizardValues } from './scan-referral-model';

const fields = [
  ['gp_name', true],
  ['practice_name', true],
  ['practice_address', true],
  ['practice_postcode', true],
  ['practice_phone', false],
] as const;

/** Confirm path: the patient's GP. */
export function ScanGpStep({ form }: { form: UseFormReturn<ScanWizardValues> }) {
  const { t } = useTranslation('orders');
  const { errorOf, idOf } = useFieldErrors(form);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {fields.map(([name, required]) => {
        const path = `gp.${name}` as const;
        return (
          <TextInput
            key={name}
            {...form.register(path)}
            id={idOf(path)}
            data-field={path}
            label={t(`scan.fields.gp.${name}`)}
            withAsterisk={required}
            type={name === 'practice_phone' ? 'tel' : undefined}
            error={errorOf(path)}
            autoComplete="off"
          />
        );
      })}
    </SimpleGrid>
  );
}
