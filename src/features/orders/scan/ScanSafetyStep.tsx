import { Group, Radio, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ScanSafetyQuestion } from '@/api/scan/confirmation';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useFieldErrors } from '@/components/forms/use-field-error';
import { type ScanWizardValues, safetyRowsFor, signatureOf } from './scan-referral-model';

/** Confirm path: every safety question of the referral answered (details after a yes where asked). */
export function ScanSafetyStep({
  form,
  questions,
}: {
  form: UseFormReturn<ScanWizardValues>;
  questions: UseQueryResult<ScanSafetyQuestion[]>;
}) {
  const { t } = useTranslation('orders');
  const { errorOf, idOf } = useFieldErrors(form);
  const rows = form.watch('safety');

  useEffect(() => {
    if (!questions.data) return;
    const current = form.getValues('safety');
    const next = safetyRowsFor(questions.data, current);
    if (signatureOf(next) !== signatureOf(current)) form.setValue('safety', next, { shouldDirty: true });
  }, [questions.data, form]);

  if (questions.isPending) return <Skeleton height={200} />;
  if (questions.isError)
    return <ErrorAlert error={questions.error} onRetry={() => void questions.refetch()} />;
  const listError = errorOf('safety');
  return (
    <Stack gap="lg" id={idOf('safety')} tabIndex={-1}>
      {listError && (
        <Text size="sm" c="red">
          {listError}
        </Text>
      )}
      {questions.data.map((question, index) => {
        const row = rows[index];
        if (!row || row.id !== question.id) return null;
        return (
          <Stack key={question.id} gap="xs">
            <Controller
              control={form.control}
              name={`safety.${index}.answer`}
              render={({ field }) => (
                <Radio.Group
                  id={idOf(`safety.${index}.answer`)}
                  tabIndex={-1}
                  data-field={`safety.${index}.answer`}
                  label={question.question}
                  withAsterisk
                  value={field.value}
                  onChange={field.onChange}
                  error={errorOf(`safety.${index}.answer`)}
                >
                  <Group gap="lg" mt={4}>
                    <Radio value="yes" label={t('scan.yes')} />
                    <Radio value="no" label={t('scan.no')} />
                  </Group>
                </Radio.Group>
              )}
            />
            {row.answer === 'yes' && (
              <Textarea
                {...form.register(`safety.${index}.details`)}
                id={idOf(`safety.${index}.details`)}
                data-field={`safety.${index}.details`}
                label={t('scan.fields.safety.details')}
                withAsterisk={question.details_required_if_yes === true}
                autosize
                minRows={2}
                error={errorOf(`safety.${index}.details`)}
              />
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
