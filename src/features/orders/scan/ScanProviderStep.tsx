import { Group, Radio, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useScanImagingProviders, useScanSession } from '@/api/scan/queries';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useFieldErrors } from '@/components/forms/use-field-error';
import type { ScanWizardValues } from './scan-referral-model';

/** Confirm path: an imaging provider that does the modality for the body parts, nearest first. */
export function ScanProviderStep({ form }: { form: UseFormReturn<ScanWizardValues> }) {
  const { t, i18n } = useTranslation('orders');
  const { errorOf, idOf } = useFieldErrors(form);
  const [modality, bodyPartIds, location, postcode] = form.watch([
    'modality',
    'bodyPartIds',
    'providerLocation',
    'patient.address_postcode',
  ]);
  const [near] = useDebouncedValue((location || postcode).trim(), 400);
  const session = useScanSession();
  const providers = useScanImagingProviders(
    session.active && modality && bodyPartIds.length
      ? { modality, body_part_ids: bodyPartIds.map(Number), ...(near ? { location: near } : {}) }
      : undefined,
  );
  const money = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'GBP' });
  const miles = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <Stack gap="md">
      <TextInput
        {...form.register('providerLocation')}
        id={idOf('providerLocation')}
        label={t('scan.fields.providerLocation')}
        description={t('scan.providerLocationHint')}
        placeholder={postcode || undefined}
        w={{ base: '100%', sm: 320 }}
        autoComplete="off"
      />
      {providers.isPending && <Skeleton height={160} />}
      {providers.isError && <ErrorAlert error={providers.error} onRetry={() => void providers.refetch()} />}
      {providers.data && providers.data.length === 0 && <Text size="sm">{t('scan.noProviders')}</Text>}
      {providers.data && providers.data.length > 0 && (
        <Controller
          control={form.control}
          name="providerId"
          render={({ field }) => (
            <Radio.Group
              id={idOf('providerId')}
              tabIndex={-1}
              data-field="providerId"
              label={t('scan.fields.providerId')}
              withAsterisk
              value={field.value}
              onChange={field.onChange}
              error={errorOf('providerId')}
            >
              <Stack gap="sm" mt="xs">
                {providers.data.map((provider) => (
                  <Radio
                    key={provider.id}
                    value={String(provider.id)}
                    label={provider.name}
                    description={
                      <Group gap="xs" component="span">
                        <span>{[provider.address, provider.postcode].filter(Boolean).join(', ')}</span>
                        {typeof provider.distance_miles === 'number' && (
                          <span>{t('scan.miles', { distance: miles.format(provider.distance_miles) })}</span>
                        )}
                        {typeof provider.price === 'number' && <span>{money.format(provider.price)}</span>}
                      </Group>
                    }
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
      )}
    </Stack>
  );
}
