import { Radio, Stack } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldErrors } from '@/components/forms/use-field-error';
import type { ScanWizardValues } from './scan-referral-model';

/** Step 5: submit (Scan.com emails the patient to finish) or confirm here (provider, blocks, GP, safety). */
export function ScanFinishStep({ form }: { form: UseFormReturn<ScanWizardValues> }) {
  const { t } = useTranslation('orders');
  const { errorOf, idOf } = useFieldErrors(form);
  return (
    <Controller
      control={form.control}
      name="path"
      render={({ field }) => (
        <Radio.Group
          id={idOf('path')}
          tabIndex={-1}
          data-field="path"
          label={t('scan.fields.path')}
          withAsterisk
          value={field.value}
          onChange={(value) => field.onChange(value)}
          error={errorOf('path')}
        >
          <Stack gap="sm" mt="xs">
            <Radio value="submit" label={t('scan.paths.submit')} description={t('scan.paths.submitHint')} />
            <Radio
              value="confirm"
              label={t('scan.paths.confirm')}
              description={t('scan.paths.confirmHint')}
            />
          </Stack>
        </Radio.Group>
      )}
    />
  );
}
