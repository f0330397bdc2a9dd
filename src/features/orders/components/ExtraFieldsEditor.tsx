import { ActionIcon, Button, Group, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  type Control,
  type FieldErrors,
  type FieldValues,
  type UseFormRegister,
  useFieldArray,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '@/i18n/zod-messages';
import type { OrderFormValues } from '../order-form-model';

interface Props<TOutput extends FieldValues> {
  control: Control<OrderFormValues, unknown, TOutput>;
  register: UseFormRegister<OrderFormValues>;
  errors: FieldErrors<OrderFormValues>;
  disabled?: boolean;
}

/** Eden's `extra_fields` as editable key/value rows. */
export function ExtraFieldsEditor<TOutput extends FieldValues>({
  control,
  register,
  errors,
  disabled,
}: Props<TOutput>) {
  const { t, i18n } = useTranslation('orders');
  const { fields, append, remove } = useFieldArray({ control, name: 'extra' });
  return (
    <Stack gap="xs">
      {fields.map((field, index) => (
        <Group key={field.id} align="flex-start" wrap="nowrap">
          <TextInput
            flex={1}
            label={t('fields.extraKey')}
            {...register(`extra.${index}.key`)}
            error={translateMessage(i18n, errors.extra?.[index]?.key?.message)}
            disabled={disabled}
          />
          <TextInput
            flex={2}
            label={t('fields.extraValue')}
            {...register(`extra.${index}.value`)}
            disabled={disabled}
          />
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            size="lg"
            onClick={() => remove(index)}
            aria-label={t('fields.removeExtra', { index: index + 1 })}
            disabled={disabled}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {typeof errors.extra?.message === 'string' && (
        <div
          role="alert"
          style={{ color: 'var(--mantine-color-error)', fontSize: 'var(--mantine-font-size-sm)' }}
        >
          {translateMessage(i18n, errors.extra.message)}
        </div>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => append({ key: '', value: '' })}
          disabled={disabled}
        >
          {t('fields.addExtra')}
        </Button>
      </Group>
    </Stack>
  );
}
