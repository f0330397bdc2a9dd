import { TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface RecipientsFieldProps {
  id: string;
  value: string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  /** Already translated. */
  error?: string | undefined;
  label?: string;
  description?: string;
}

/**
 * Email recipients: type an address and press Enter, comma or space (pasted lists are split too). Each
 * address becomes one share (the vendor sends to one address per call).
 */
export function RecipientsField({
  id,
  value,
  onChange,
  onBlur,
  error,
  label,
  description,
}: RecipientsFieldProps) {
  const { t } = useTranslation('sharing');
  return (
    <TagsInput
      id={id}
      label={label ?? t('recipients.label')}
      description={description ?? t('recipients.hint')}
      placeholder={value.length === 0 ? t('recipients.placeholder') : undefined}
      value={value}
      onChange={(next) => onChange(next.map((address) => address.trim()).filter(Boolean))}
      onBlur={onBlur}
      splitChars={[',', ' ', ';']}
      acceptValueOnBlur
      allowDuplicates
      clearable
      error={error}
      withAsterisk
      data-field="recipients"
      inputMode="email"
      autoComplete="off"
      clearButtonProps={{ 'aria-label': t('recipients.clear') }}
    />
  );
}
