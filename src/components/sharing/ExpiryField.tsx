import { Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '@/lib/format/locale-format';
import { DateField } from '../forms/DateField';
import {
  daysBetween,
  formatRelativeDays,
  isUsableExpiry,
  resolveShareExpiry,
  SHARE_EXPIRY_PRESET_DAYS,
  type ShareExpiryChoice,
} from './share-expiry';

interface ExpiryFieldProps {
  choice: ShareExpiryChoice;
  onChoiceChange: (choice: ShareExpiryChoice) => void;
  date: string;
  onDateChange: (date: string) => void;
  /** The custom day's error, already translated. */
  dateError?: string | undefined;
  today: string;
  timeZone: string;
  /** Offer "no expiry" (only where the vendor has a call without one). */
  allowNone?: boolean;
  idPrefix: string;
}

/**
 * The expiry of a share: 7, 30 or 90 days, a day of the user's choice, or (where the vendor allows it, and
 * only when chosen on purpose) none. Under it, the last day of access in the user's language and zone.
 */
export function ExpiryField({
  choice,
  onChoiceChange,
  date,
  onDateChange,
  dateError,
  today,
  timeZone,
  allowNone = false,
  idPrefix,
}: ExpiryFieldProps) {
  const { t, i18n } = useTranslation('sharing');
  const day = resolveShareExpiry(choice, date, today);
  const usable = day !== null && isUsableExpiry(day, today);
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('expiry.label')}
        value={choice}
        onChange={(value) => onChoiceChange(value as ShareExpiryChoice)}
        withAsterisk={!allowNone}
      >
        <Group gap="md" mt={4}>
          {SHARE_EXPIRY_PRESET_DAYS.map((days) => (
            <Radio key={days} value={`${days}`} label={t('expiry.days', { count: days })} />
          ))}
          <Radio value="date" label={t('expiry.pickDate')} />
          {allowNone && <Radio value="none" label={t('expiry.none')} />}
        </Group>
      </Radio.Group>
      {choice === 'date' && (
        <DateField
          id={`${idPrefix}-expiry-date`}
          label={t('expiry.date')}
          description={t('expiry.dateHint')}
          value={date}
          onChange={onDateChange}
          minDate={today}
          error={dateError}
          withAsterisk
          maw={260}
          data-field="expiryDate"
        />
      )}
      {choice !== 'date' && dateError && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {dateError}
        </Text>
      )}
      <Text size="sm" c="dimmed" data-testid="expiry-summary" aria-live="polite">
        {day === null
          ? t('expiry.noneSummary')
          : usable
            ? t('expiry.summary', {
                date: formatLocalDate(day, i18n.language),
                relative: formatRelativeDays(daysBetween(today, day), i18n.language),
                zone: timeZone,
              })
            : ''}
      </Text>
    </Stack>
  );
}
