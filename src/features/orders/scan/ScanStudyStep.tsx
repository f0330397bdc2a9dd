import { Checkbox, NativeSelect, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useScanBodyParts, useScanSession } from '@/api/scan/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useFieldErrors } from '@/components/forms/use-field-error';
import { type ScanModality, scanModalities } from '@/lib/codes/scan-modalities';
import type { ScanWizardValues } from './scan-referral-model';

/** Step 2: the modality (Scan.com's spelling), then its body parts from the body-parts endpoint. */
export function ScanStudyStep({ form }: { form: UseFormReturn<ScanWizardValues> }) {
  const { t } = useTranslation('orders');
  const { errorOf, idOf } = useFieldErrors(form);
  const modality = form.watch('modality');
  // The catalogue needs the Scan.com session (after a reload it starts again first).
  const session = useScanSession();
  const bodyParts = useScanBodyParts(session.active && modality ? modality : undefined);
  return (
    <Stack gap="md">
      <Controller
        control={form.control}
        name="modality"
        render={({ field }) => (
          <NativeSelect
            id={idOf('modality')}
            data-field="modality"
            label={t('scan.fields.modality')}
            description={t('scan.modalityHint')}
            withAsterisk
            value={field.value}
            onBlur={field.onBlur}
            ref={field.ref}
            onChange={(event) => {
              const next = event.currentTarget.value as ScanModality | '';
              if (next !== field.value) form.setValue('bodyPartIds', [], { shouldDirty: true });
              field.onChange(next);
            }}
            error={errorOf('modality')}
            data={[
              { value: '', label: t('choose') },
              ...scanModalities.map((value) => ({ value, label: value })),
            ]}
            w={{ base: '100%', sm: 320 }}
          />
        )}
      />
      {modality && bodyParts.isPending && <Skeleton height={120} />}
      {bodyParts.isError && <ErrorAlert error={bodyParts.error} onRetry={() => void bodyParts.refetch()} />}
      {!modality && <Text size="sm">{t('scan.chooseModalityFirst')}</Text>}
      {bodyParts.data && (
        <Controller
          control={form.control}
          name="bodyPartIds"
          render={({ field }) => (
            <Checkbox.Group
              id={idOf('bodyPartIds')}
              tabIndex={-1}
              data-field="bodyPartIds"
              label={t('scan.fields.bodyPartIds')}
              description={t('scan.bodyPartsHint', { modality })}
              withAsterisk
              value={field.value}
              onChange={field.onChange}
              error={errorOf('bodyPartIds')}
            >
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mt="xs" spacing="xs">
                {bodyParts.data.map((part) => (
                  <Checkbox key={part.id} value={String(part.id)} label={part.name} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
      )}
    </Stack>
  );
}
