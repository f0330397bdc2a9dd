import { ActionIcon, Button, Group, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FieldValues, type UseFormReturn, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldErrors } from '@/components/forms/use-field-error';
import type { OrderFormValues } from '../order-form-model';

/** Eden's `extra_fields` as editable key/value rows. */
export function ExtraFieldsEditor<TOutput extends FieldValues>({
  form,
}: {
  form: UseFormReturn<OrderFormValues, unknown, TOutput>;
}) {
  const { t } = useTranslation('orders');
  const { errorOf, idOf } = useFieldErrors(form);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'extra' });
  const listError = errorOf('extra') ?? errorOf('extra.root');
  return (
    <Stack gap="xs">
      {fields.map((field, index) => (
        <Group key={field.id} align="flex-start" wrap="nowrap">
          <TextInput
            flex={1}
            id={idOf(`extra.${index}.key`)}
            label={t('fields.extraKey')}
            {...form.register(`extra.${index}.key`)}
            error={errorOf(`extra.${index}.key`)}
          />
          <TextInput
            flex={2}
            id={idOf(`extra.${index}.value`)}
            label={t('fields.extraValue')}
            {...form.register(`extra.${index}.value`)}
            error={errorOf(`extra.${index}.value`)}
          />
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            size="lg"
            onClick={() => remove(index)}
            aria-label={t('fields.removeExtra', { index: index + 1 })}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {listError && (
        <div
          id={idOf('extra')}
          tabIndex={-1}
          style={{ color: 'var(--mantine-color-error)', fontSize: 'var(--mantine-font-size-sm)' }}
        >
          {listError}
        </div>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => append({ key: '', value: '' })}
        >
          {t('fields.addExtra')}
        </Button>
      </Group>
    </Stack>
  );
}
