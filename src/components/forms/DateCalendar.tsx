import '@mantine/dates/styles.css';
import 'dayjs/locale/es';
import { ActionIcon, Popover } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string | null;
  onPick: (iso: string) => void;
  label: string;
  minDate?: string | undefined;
  maxDate?: string | undefined;
}

/** The calendar of `DateField` (lazy): Mantine's DatePicker in a popover, in the DatesProvider's locale. */
export default function DateCalendar({ value, onPick, label, minDate, maxDate }: Props) {
  const { t } = useTranslation();
  // Mounted by the first click on the calendar button: open at once.
  const [opened, setOpened] = useState(true);
  const close = () => setOpened(false);
  return (
    <Popover
      opened={opened}
      onChange={(next) => (next ? setOpened(true) : close())}
      onDismiss={close}
      trapFocus
      returnFocus
      position="bottom-end"
      shadow="md"
    >
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={label}
          aria-expanded={opened}
          onClick={() => (opened ? close() : setOpened(true))}
        >
          <IconCalendar size={18} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown aria-label={label}>
        <DatePicker
          value={value}
          defaultDate={value ?? maxDate ?? undefined}
          minDate={minDate}
          maxDate={maxDate}
          // Days of other months and weekend red are below WCAG AA contrast; a front desk books any day.
          hideOutsideDates
          weekendDays={[]}
          ariaLabels={{
            previousMonth: t('dateInput.previousMonth'),
            nextMonth: t('dateInput.nextMonth'),
            previousYear: t('dateInput.previousYear'),
            nextYear: t('dateInput.nextYear'),
            previousDecade: t('dateInput.previousDecade'),
            nextDecade: t('dateInput.nextDecade'),
            monthLevelControl: t('dateInput.chooseMonth'),
            yearLevelControl: t('dateInput.chooseYear'),
          }}
          onChange={(picked) => {
            if (!picked) return;
            onPick(picked);
            close();
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
