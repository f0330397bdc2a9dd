import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, type UseFormReturn, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ImpiloPatient } from '@/api/impilo/patients';
import {
  useImpiloItems,
  useImpiloKits,
  useImpiloPatient,
  useImpiloPatients,
  useImpiloSites,
} from '@/api/impilo/queries';
import { useFieldErrors } from '@/components/forms/use-field-error';
import type { ImpiloOrderFormValues } from './impilo-order-model';

const patientLabel = (p: ImpiloPatient) =>
  [`${p.lastName}, ${p.firstName}`, p.dateOfBirth, p.externalIdentifier].filter(Boolean).join(' · ');

/** Who the order is for (a patient or a site, with a picker for each), the catalogue lines, ids and notes. */
export function ImpiloOrderFields({ form }: { form: UseFormReturn<ImpiloOrderFormValues> }) {
  const { t } = useTranslation('orders');
  const { register, watch, control, setValue } = form;
  const { errorOf, idOf } = useFieldErrors(form);
  const lines = useFieldArray({ control, name: 'lines' });
  // react-hook-form keeps an error of the list itself (not of a line) under `lines.root`.
  const linesError = errorOf('lines.root') ?? errorOf('lines');
  const target = watch('target');
  const patientId = watch('patientId');
  const [search, setSearch] = useState('');
  const patients = useImpiloPatients(
    { size: 100, ...(search.trim() ? { name: search.trim() } : {}) },
    { queryConfig: { enabled: target === 'patient' } },
  );
  const chosen = useImpiloPatient(patientId || undefined);
  const sites = useImpiloSites({ size: 250 }, { queryConfig: { enabled: target === 'site' } });
  const items = useImpiloItems({ size: 250 });
  const kits = useImpiloKits({ size: 250 });
  const choose = { value: '', label: t('choose') };
  const patientOptions = [...(patients.data?.content ?? [])];
  if (chosen.data && !patientOptions.some((p) => p.id === chosen.data.id))
    patientOptions.unshift(chosen.data);
  const catalogue = [
    { group: '', items: [choose] },
    {
      group: t('impilo.kits'),
      items: (kits.data?.content ?? []).map((kit) => ({ value: `kit:${kit.id}`, label: kit.name })),
    },
    {
      group: t('impilo.items'),
      items: (items.data?.content ?? []).map((item) => ({
        value: `item:${item.id}`,
        label: item.sku ? `${item.name} (${item.sku})` : item.name,
      })),
    },
  ];
  const field = (name: 'patientId' | 'siteId' | 'externalOrderId' | 'otherExternalIds' | 'orderNotes') => ({
    id: idOf(name),
    label: t(`impilo.fields.${name}`),
    error: errorOf(name),
    'data-field': name,
  });

  return (
    <Stack gap="lg">
      <Fieldset legend={t('impilo.sections.recipient')}>
        <Stack>
          <Radio.Group
            id={idOf('target')}
            label={t('impilo.fields.target')}
            withAsterisk
            error={errorOf('target')}
            value={target}
            onChange={(value) => {
              setValue('target', value as ImpiloOrderFormValues['target'], {
                shouldDirty: true,
                shouldValidate: form.formState.isSubmitted,
              });
              // Exactly one of the two: choosing one forgets the other.
              setValue(value === 'patient' ? 'siteId' : 'patientId', '', { shouldDirty: true });
            }}
          >
            <Group mt={4}>
              <Radio value="patient" label={t('impilo.target.patient')} data-field="target-patient" />
              <Radio value="site" label={t('impilo.target.site')} data-field="target-site" />
            </Group>
          </Radio.Group>
          {target === 'patient' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('impilo.fields.patientSearch')}
                value={search}
                onChange={(event) => setSearch(event.currentTarget.value)}
                data-field="patientSearch"
              />
              <Controller
                control={control}
                name="patientId"
                render={({ field: select }) => (
                  <NativeSelect
                    {...field('patientId')}
                    withAsterisk
                    {...select}
                    data={[choose, ...patientOptions.map((p) => ({ value: p.id, label: patientLabel(p) }))]}
                  />
                )}
              />
            </SimpleGrid>
          )}
          {target === 'site' && (
            <Controller
              control={control}
              name="siteId"
              render={({ field: select }) => (
                <NativeSelect
                  {...field('siteId')}
                  withAsterisk
                  {...select}
                  data={[
                    choose,
                    ...(sites.data?.content ?? []).map((site) => ({
                      value: site.id,
                      label: site.externalIdentifier
                        ? `${site.name} (${site.externalIdentifier})`
                        : site.name,
                    })),
                  ]}
                />
              )}
            />
          )}
        </Stack>
      </Fieldset>

      <Fieldset legend={t('impilo.sections.lines')} id={idOf('lines.root')} tabIndex={-1}>
        <Stack gap="sm">
          {lines.fields.map((row, index) => (
            <Group key={row.id} align="flex-start" wrap="nowrap">
              <Controller
                control={control}
                name={`lines.${index}.ref`}
                render={({ field: select }) => (
                  <NativeSelect
                    id={idOf(`lines.${index}.ref`)}
                    label={t('impilo.fields.line', { index: index + 1 })}
                    error={errorOf(`lines.${index}.ref`)}
                    withAsterisk
                    data-field={`lines.${index}.ref`}
                    {...select}
                    data={catalogue}
                    style={{ flex: 1, minWidth: 0 }}
                  />
                )}
              />
              <TextInput
                id={idOf(`lines.${index}.quantity`)}
                label={t('impilo.fields.quantity')}
                error={errorOf(`lines.${index}.quantity`)}
                inputMode="numeric"
                data-field={`lines.${index}.quantity`}
                {...register(`lines.${index}.quantity`)}
                w={96}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={26}
                size="lg"
                aria-label={t('impilo.removeLine', { index: index + 1 })}
                onClick={() => lines.remove(index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          {linesError && (
            <Text size="sm" c="var(--mantine-color-error)" role="alert" data-testid="lines-error">
              {linesError}
            </Text>
          )}
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => lines.append({ ref: '', quantity: '1' })}
            >
              {t('impilo.addLine')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('impilo.sections.details')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            {...field('externalOrderId')}
            readOnly
            description={t('impilo.hints.externalOrderId')}
            {...register('externalOrderId')}
          />
          <TextInput
            {...field('otherExternalIds')}
            description={t('impilo.hints.otherExternalIds')}
            {...register('otherExternalIds')}
          />
        </SimpleGrid>
        <Textarea mt="sm" {...field('orderNotes')} autosize minRows={2} {...register('orderNotes')} />
      </Fieldset>
    </Stack>
  );
}
