import { Textarea } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldErrors } from '@/components/forms/use-field-error';
import type { ScanWizardValues } from './scan-referral-model';

/** Step 3: the referral information (the clinical reason), at most 5,000 characters. */
export function ScanReferralInfoStep({ form }: { form: UseFormReturn<ScanWizardValues> }) {
  const { t } = useTranslation('orders');
  const { errorOf, idOf } = useFieldErrors(form);
  const length = form.watch('referralInformation').length;
  return (
    <Textarea
      {...form.register('referralInformation')}
      id={idOf('referralInformation')}
      data-field="referralInformation"
      label={t('scan.fields.referralInformation')}
      description={t('scan.referralHint', { count: length, maximum: 5000 })}
      withAsterisk
      autosize
      minRows={5}
      maxRows={14}
      error={errorOf('referralInformation')}
    />
  );
}
