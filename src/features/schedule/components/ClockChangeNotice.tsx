import { Alert, Stack, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  type ClockChange,
  clockChangeMinutes,
  formatLongDay,
  localDayOf,
  localMinutesOf,
  zoneName,
} from '@/lib/scheduling/zones';
import classes from './ClockChangeNotice.module.css';

const hhmm = (minutes: number) => {
  const wrapped = (minutes + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
};

/** Flags a week (or day) in which the location's clocks change, and says what the grid does about it. */
export function ClockChangeNotice({
  changes,
  timeZone,
}: {
  changes: readonly ClockChange[];
  timeZone: string;
}) {
  const { t, i18n } = useTranslation('schedule');
  const locale = i18n.language;
  if (changes.length === 0) return null;
  return (
    <Alert
      color="yellow"
      classNames={{ title: classes.title }}
      variant="light"
      icon={<IconClockExclamation aria-hidden />}
      title={t('clockChange.title')}
      data-testid="clock-change"
    >
      <Stack gap={4}>
        {changes.map((change) => {
          const minutes = clockChangeMinutes(change);
          const values = {
            day: formatLongDay(localDayOf(change.at, timeZone), locale),
            from: hhmm(localMinutesOf(change.at, timeZone) - minutes),
            to: hhmm(localMinutesOf(change.at, timeZone)),
            before: zoneName(change.at - 1000, timeZone, locale),
            after: zoneName(change.at, timeZone, locale),
            zone: timeZone,
            minutes: Math.abs(minutes),
          };
          return (
            <Text size="sm" key={change.at}>
              {t(minutes > 0 ? 'clockChange.forward' : 'clockChange.back', values)}
            </Text>
          );
        })}
        <Text size="sm">{t('clockChange.grid')}</Text>
      </Stack>
    </Alert>
  );
}
