import { ActionIcon, TextInput, type TextInputProps } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { type FocusEvent, lazy, type Ref, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateText, isRealDate, parseDateText } from './date-text';

// Mantine dates, dayjs and their CSS load with the calendar, the first time someone opens it; it stays
// mounted afterwards, so the popover returns the focus to its own button.
const DateCalendar = lazy(() => import('./DateCalendar'));

export interface DateFieldProps
  extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue' | 'type' | 'rightSection'> {
  /** ISO `YYYY-MM-DD`; '' for none; any other text is what the user typed that is not a date (kept as typed). */
  value: string;
  onChange: (value: string) => void;
  /** The calendar's first and last selectable days (ISO). Typed dates beyond them are for validation to refuse. */
  minDate?: string;
  maxDate?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * The one date input: typed as the user's locale writes dates (DD/MM/YYYY in Spanish, MM/DD/YYYY in
 * English, or ISO), or picked in Mantine's calendar; the value is always ISO `YYYY-MM-DD`. What is typed
 * is never rewritten while typing: on leaving the field a date is shown in the locale's format, and text
 * that is not a date stays as it was for the form to refuse (`dateProblem`).
 */
export function DateField({
  value,
  onChange,
  onBlur,
  minDate,
  maxDate,
  label,
  disabled,
  readOnly,
  ref,
  ...rest
}: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  // The text being typed; null when the field shows its value in the locale's format.
  const [draft, setDraft] = useState<string | null>(null);
  const [calendarWanted, setCalendarWanted] = useState(false);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const shown = draft ?? formatDateText(value, locale);
  const calendarLabel = t('dateInput.openCalendar', { field: typeof label === 'string' ? label : '' });

  const setRefs = (element: HTMLInputElement | null) => {
    inputRef.current = element;
    if (typeof ref === 'function') ref(element);
    else if (ref) ref.current = element;
  };

  const pick = (iso: string) => {
    setDraft(null);
    onChange(iso);
    inputRef.current?.focus();
  };

  const button = (
    <ActionIcon
      variant="subtle"
      color="gray"
      aria-label={calendarLabel}
      disabled={disabled || readOnly}
      onClick={() => setCalendarWanted(true)}
    >
      <IconCalendar size={18} aria-hidden />
    </ActionIcon>
  );

  return (
    <TextInput
      {...rest}
      ref={setRefs}
      label={label}
      disabled={disabled}
      readOnly={readOnly}
      value={shown}
      placeholder={rest.placeholder ?? t('dateInput.format')}
      inputMode="numeric"
      autoComplete="off"
      onChange={(event) => {
        const text = event.currentTarget.value;
        setDraft(text);
        onChange(parseDateText(text, locale));
      }}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        setDraft(null);
        onBlur?.(event);
      }}
      rightSectionPointerEvents="all"
      rightSection={
        calendarWanted ? (
          <Suspense fallback={button}>
            <DateCalendar
              value={isRealDate(value) ? value : null}
              onPick={pick}
              label={calendarLabel}
              minDate={minDate}
              maxDate={maxDate}
            />
          </Suspense>
        ) : (
          button
        )
      }
    />
  );
}
